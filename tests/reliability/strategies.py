"""Hypothesis strategies for ``open_chat(content, image_url)``: valid and invalid arguments.

Invalid arguments come with the field the error must name (``message.content``,
``message.imageUrl`` or, for an image without content, ``content``).
"""

from __future__ import annotations

import base64
import string

from hypothesis import strategies as st

from octocom_streamlit.protocol.constants import (
    DATA_URL_IMAGE_TYPES,
    MAX_CONTENT_CHARS,
    MAX_DATA_URL_CHARS,
    MAX_HTTP_URL_CHARS,
)

CONTENT = "message.content"
IMAGE_URL = "message.imageUrl"
CONTENT_REQUIRED = "content is required"

WHITESPACE = "".join(ch for ch in map(chr, range(0x110000)) if ch.isspace())
URL_SAFE = string.ascii_letters + string.digits + "-._~%!$&'()*+,;=:@/"

# Any text a person could type, including markup, quotes, emoji, RTL and zero-width marks.
any_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=300)
contents = any_text.filter(lambda s: s.strip() != "") | st.sampled_from(
    ["a", "x" * MAX_CONTENT_CHARS, "<script>alert(1)</script>", "\u202eevil", " padded ", "line\r\nbreak"]
)

# No host here is served on this machine: the pages abort every request that leaves 127.0.0.1.
hosts = st.sampled_from(["example.com", "cdn.example.org", "xn--bcher-kva.example", "192.0.2.1"])
http_urls = st.builds(
    lambda scheme, host, port, path, query: f"{scheme}://{host}{port}/{path}{query}",
    st.sampled_from(["http", "https", "HTTPS"]),
    hosts,
    st.sampled_from(["", ":8080", ":1"]),
    st.text(URL_SAFE + "é日", max_size=60),
    st.sampled_from(["", "?a=1&b=<x>", "#frag", "?q=%3Cscript%3E"]),
)
data_urls = st.builds(
    lambda mime, payload: f"data:{mime};base64,{base64.b64encode(payload).decode()}",
    st.sampled_from(sorted(DATA_URL_IMAGE_TYPES)),
    st.binary(max_size=600),
)
image_urls = st.none() | http_urls | data_urls

# (content, image_url) pairs that open_chat accepts: open only, or a message.
valid_calls = st.just((None, None)) | st.tuples(contents, image_urls)

_non_strings = (
    st.integers() | st.floats(allow_nan=False) | st.binary(max_size=5) | st.lists(st.text(), max_size=2)
)
_blank = st.text(WHITESPACE, max_size=20)
_too_long = st.integers(MAX_CONTENT_CHARS + 1, MAX_CONTENT_CHARS + 50).map(lambda n: "y" * n)

_bad_schemes = st.builds(
    lambda scheme, rest: f"{scheme}:{rest}",
    st.sampled_from(
        ["javascript", "JaVaScRiPt", "vbscript", "file", "ftp", "blob", "about", "chrome", "mailto"]
    ),
    st.text(URL_SAFE, max_size=30),
)
_relative = st.text(URL_SAFE, min_size=1, max_size=30).filter(lambda s: ":" not in s)
_padded = st.tuples(http_urls, st.sampled_from([" ", "\t", "\n", "\u00a0"]), st.booleans()).map(
    lambda t: t[1] + t[0] if t[2] else t[0] + t[1]
)
_inner_space = st.tuples(http_urls, st.sampled_from([" ", "\t", "\x00", "\x1f", "\n"])).map(
    lambda t: t[0].replace("://", "://a" + t[1] + "b.", 1)
)
_hostless = st.sampled_from(["http://", "https://", "http:///path", "https:?q", "http:example.com/a.png"])
_bad_port = st.integers(65536, 999999).map(lambda p: f"https://example.com:{p}/a.png")
_bad_mime = st.builds(
    lambda mime: f"data:{mime};base64,AAAA",
    st.sampled_from(["text/html", "image/svg+xml", "application/javascript", "text/plain", "image/x-icon"]),
)
_bad_base64 = st.sampled_from(
    ["data:image/png;base64,!!!!", "data:image/png;base64,AAA", "data:image/png,raw"]
)
_long_http = st.integers(MAX_HTTP_URL_CHARS, MAX_HTTP_URL_CHARS + 40).map(
    lambda n: "https://e.com/" + "a" * n
)
_long_data = st.just("data:image/png;base64," + "A" * MAX_DATA_URL_CHARS)

invalid_contents = _non_strings | _blank | _too_long
invalid_image_urls = (
    _non_strings
    | _bad_schemes
    | _relative
    | _padded
    | _inner_space
    | _hostless
    | _bad_port
    | _bad_mime
    | _bad_base64
    | _long_http
    | _long_data
)

# (content, image_url, field the error must name)
invalid_calls = (
    st.tuples(invalid_contents, st.none() | http_urls, st.just(CONTENT))
    | st.tuples(contents, invalid_image_urls, st.just(IMAGE_URL))
    | st.tuples(st.none(), http_urls | data_urls, st.just(CONTENT_REQUIRED))
)
