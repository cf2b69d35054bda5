"""Figure 3: bytes of JavaScript and CSS a component iframe loads, as shipped and gzipped.

For octocom-streamlit the files are the ones the widget iframe really requested in
Chromium (captured from the network, bodies as served). For the reference
frontends they are what their ``index.html`` loads: ``<script src>`` and
``<link rel=stylesheet>`` files plus inline ``<script>``/``<style>`` text. gzip is
Python's ``gzip`` at level 9 (``gzip -9``), per file, summed.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from playwright.sync_api import Browser, Response

from tests.support.streamlit_page import WIDGET_IFRAME


@dataclass
class Payload:
    """JS and CSS bytes of one frontend; ``files`` lists what was counted."""

    name: str
    js_bytes: int = 0
    css_bytes: int = 0
    js_gzip: int = 0
    css_gzip: int = 0
    html_bytes: int = 0
    files: list[str] = field(default_factory=list)
    detail: str = ""
    missing: str | None = None

    @property
    def total_bytes(self) -> int:
        """JS + CSS as shipped."""
        return self.js_bytes + self.css_bytes

    @property
    def total_gzip(self) -> int:
        """JS + CSS, gzipped file by file."""
        return self.js_gzip + self.css_gzip

    def add(self, kind: str, label: str, body: bytes) -> None:
        """Count ``body`` as JS (``kind="js"``) or CSS.

        Examples
        --------
        >>> p = Payload("x"); p.add("js", "a.js", b"let a = 1;"); p.js_bytes
        10
        """
        packed = len(gzip.compress(body, compresslevel=9, mtime=0))
        if kind == "js":
            self.js_bytes += len(body)
            self.js_gzip += packed
        else:
            self.css_bytes += len(body)
            self.css_gzip += packed
        self.files.append(f"{label} ({kind}, {len(body):,} B)")


class _Assets(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.external: list[tuple[str, str]] = []
        self.inline: list[tuple[str, str]] = []
        self._open: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "script" and values.get("src"):
            self.external.append(("js", values["src"]))
        elif tag == "link" and "stylesheet" in values.get("rel", "") and values.get("href"):
            self.external.append(("css", values["href"]))
        elif tag in ("script", "style"):
            self._open, self._text = tag, []

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == self._open:
            text = "".join(self._text)
            if text.strip():
                self.inline.append(("js" if tag == "script" else "css", text))
            self._open = None


def payload_of_index(name: str, index_html: Path, detail: str) -> Payload:
    """Measure what ``index_html`` loads (files resolved next to it; absolute URLs skipped).

    Examples
    --------
    >>> payload_of_index("template", Path("build/index.html"), "").total_bytes  # doctest: +SKIP
    517734
    """
    payload = Payload(name, detail=detail)
    text = index_html.read_bytes()
    payload.html_bytes = len(text)
    parser = _Assets()
    parser.feed(text.decode("utf-8"))
    for kind, body in parser.inline:
        payload.add(kind, f"inline <{'script' if kind == 'js' else 'style'}> in index.html", body.encode())
    for kind, url in parser.external:
        if "://" in url:
            payload.files.append(f"{url} (loaded from the internet only on demand; not counted)")
            continue
        path = (index_html.parent / url.lstrip("/")).resolve()
        payload.add(kind, path.name, path.read_bytes())
    return payload


def payload_in_browser(browser: Browser, url: str) -> Payload:
    """Load ``url`` and measure the JS/CSS the octocom widget iframe requested.

    Examples
    --------
    >>> payload_in_browser(browser, server.url).files  # doctest: +SKIP
    ['index-CYZdaSnd.js (js, 52,114 B)']
    """
    payload = Payload("octocom-streamlit widget", detail="captured in Chromium from the widget iframe")
    responses: list[Response] = []
    context = browser.new_context()
    page = context.new_page()
    page.on("response", lambda response: responses.append(response))
    page.goto(url)
    page.frame_locator(WIDGET_IFRAME).locator(".oc-launcher").wait_for()
    page.wait_for_timeout(500)
    for response in responses:
        if "octocom_widget" not in response.url:
            continue
        kind = response.request.resource_type
        body = response.body()
        name = response.url.split("?")[0].rsplit("/", 1)[-1]
        if name == "index.html":  # the iframe's document (Streamlit may also fetch it)
            payload.html_bytes = len(body)
        elif kind == "script":
            payload.add("js", name, body)
        elif kind == "stylesheet":
            payload.add("css", name, body)
        else:
            payload.files.append(f"{name} ({kind}, {len(body):,} B, not JS/CSS)")
    context.close()
    return payload
