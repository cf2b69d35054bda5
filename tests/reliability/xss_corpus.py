"""Hostile content: XSS payloads for ``content`` and ``imageUrl``.

Every payload that could run calls ``alert``/``console.error`` with a marker
``XSS-...``, so a listener proves it never ran. Image URLs say whether Python must
refuse them (``refuse=True``) or may accept them (then the browser must keep them
inert: an ``<img src>`` set as a property, or the widget's "not shown" note).
"""

from __future__ import annotations

import base64
from dataclasses import dataclass


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


CONTENT_PAYLOADS: tuple[str, ...] = (
    '<script>alert("XSS-c1")</script>',
    '<img src=x onerror=alert("XSS-c2")>',
    '<svg onload=alert("XSS-c3")>',
    "<iframe src=\"javascript:alert('XSS-c4')\"></iframe>",
    '"><script>console.error("XSS-c5")</script>',
    '</style><script>alert("XSS-c6")</script>',  # leave the carrier <style>
    "' onmouseover='alert(\"XSS-c7\")' x='",
    '" data-octocom-command="{}" onfocus="alert(\'XSS-c8\')" autofocus="',  # attribute injection
    "<a href=\"javascript:alert('XSS-c9')\">click</a>",
    '<body onload=alert("XSS-c10")>',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert("XSS-c11")>',  # mutation XSS
    "<noscript><p title=\"</noscript><img src=x onerror=alert('XSS-c12')>\">",
    'javascript:alert("XSS-c13")',
    '\u2028alert("XSS-c14")\u2029',  # JavaScript line separators
    '<scr\u200bipt>alert("XSS-c15")</scr\u200bipt>',  # zero-width space
    '\uff1cscript\uff1ealert("XSS-c16")\uff1c/script\uff1e',  # fullwidth brackets
    '\u202e>tpircs/<)"XSS-c17"(trela>tpircs<',  # right-to-left override
    "{{constructor.constructor('alert(\"XSS-c18\")')()}}",
    '<details open ontoggle=alert("XSS-c19")>',
    '<input autofocus onfocus=alert("XSS-c20")>',
    '--><script>alert("XSS-c21")</script><!--',
    f'<object data="data:text/html;base64,{_b64("<script>alert(`XSS-c22`)</script>")}"></object>',
    '%3Cscript%3Ealert("XSS-c23")%3C/script%3E',
    '&lt;script&gt;alert("XSS-c24")&lt;/script&gt;',
    "<style>@import \"javascript:alert('XSS-c25')\";</style>",
    '\x00<script>alert("XSS-c26")</script>',
    '<template><script>alert("XSS-c27")</script></template>',
    '"};alert("XSS-c28");({"',  # leave a JSON string
)


@dataclass(frozen=True)
class HostileUrl:
    """An ``imageUrl`` payload and whether Python must refuse it."""

    url: str
    refuse: bool


IMAGE_PAYLOADS: tuple[HostileUrl, ...] = (
    HostileUrl('javascript:alert("XSS-i1")', True),
    HostileUrl('JaVaScRiPt:alert("XSS-i2")', True),
    HostileUrl(' javascript:alert("XSS-i3")', True),
    HostileUrl('java\tscript:alert("XSS-i4")', True),
    HostileUrl(f"data:text/html;base64,{_b64('<script>alert(`XSS-i5`)</script>')}", True),
    HostileUrl('data:text/html,<script>alert("XSS-i6")</script>', True),
    HostileUrl(f"data:image/svg+xml;base64,{_b64('<svg onload=alert(`XSS-i7`)></svg>')}", True),
    HostileUrl('vbscript:msgbox("XSS-i8")', True),
    HostileUrl("https://example.com/a.png\" onerror=\"alert('XSS-i9')", True),  # has spaces
    HostileUrl('\x00javascript:alert("XSS-i10")', True),
    HostileUrl("//evil.example/XSS-i11.png", True),  # protocol-relative
    HostileUrl('jav&#x09;ascript:alert("XSS-i12")', True),
    HostileUrl("\uff4aavascript:alert('XSS-i13')", True),  # fullwidth j
    HostileUrl('https:alert("XSS-i14")', True),
    HostileUrl("https://example.com/a.png?\u2028alert('XSS-i15')", True),  # U+2028 is white space
    HostileUrl('data:image/png;base64,AAAA" onload="alert(1)', True),
    HostileUrl("https://example.com/a.png\"onerror=\"alert('XSS-i17')", False),
    HostileUrl('https://example.com/"><script>alert("XSS-i18")</script>', False),
    HostileUrl("https://example.com/x.png#<img/src=x/onerror=alert('XSS-i19')>", False),
    HostileUrl("https://javascript:alert('XSS-i20')@example.com/", False),  # user-info trick
    HostileUrl(f"data:image/png;base64,{_b64('<script>alert(`XSS-i21`)</script>')}", False),
    HostileUrl("https://example.com/\u202egnp.exe", False),
    HostileUrl("https://example.com/a.png?x=</style><script>alert('XSS-i23')</script>", False),
)
