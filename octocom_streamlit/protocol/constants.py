"""The values both sides of the wire must agree on, typed once.

The frontend gets them from ``frontend/src/protocol/generated.ts``, which
``make protocol`` (``scripts/generate_protocol.py``) writes from this module and the
models beside it; ``make test`` (``make check-protocol``) fails when that file is out of date.
"""

from __future__ import annotations

from typing import Final

#: Octocom's contract: the event the page dispatches and the ``detail.type`` it carries.
OPEN_CHAT_EVENT = "openChatEvent"
OPEN_OCTOCOM: Final = "OPEN_OCTOCOM"

#: The version of the payloads written into the page (carriers and chat buttons).
PROTOCOL_VERSION: Final = 1

#: The widget key ``chat_widget`` and ``open_chat`` use when none is given.
DEFAULT_KEY: Final = "octocom"

#: The attribute of the hidden element that carries one command to the widget.
COMMAND_ATTRIBUTE = "data-octocom-command"
#: The attribute of a ``chat_button`` that holds the event its click dispatches.
BUTTON_ATTRIBUTE = "data-octocom-button"
#: The attribute the widget sets on its iframe element (closed/open/loader/window); placement CSS reads it.
FRAME_STATE_ATTRIBUTE = "data-octocom-state"

#: Defaults of the widget's options: placement, branding, the loader's patience, reruns.
DEFAULT_LAYOUT: Final = "floating"
DEFAULT_CORNER: Final = "bottom-right"
DEFAULT_OFFSET = 24
DEFAULT_REPORT: Final = "interactions"
DEFAULT_TITLE = "Octocom assistant"
DEFAULT_SUBTITLE = "Preview widget · offline"
DEFAULT_GREETING = "Hi! How can we help you today?"
DEFAULT_LOADER_TIMEOUT = 15.0

#: The frame of the closed floating widget: the launcher (56) and the padding that holds its shadow.
LAUNCHER_FRAME_HEIGHT = 76
#: The inline panel's height when none is given.
DEFAULT_INLINE_HEIGHT = 560

#: How many widget events the Streamlit component keeps in its reported value.
KEPT_EVENTS = 50

#: Longest accepted message ``content``, in characters. A chat message is a sentence or a
#: paragraph; ten thousand characters is far beyond what a visitor would type.
MAX_CONTENT_CHARS = 10_000

#: Longest accepted ``http(s)`` image URL, in characters (a common browser/server limit).
MAX_HTTP_URL_CHARS = 8_192

#: Longest accepted ``data:image/...;base64,`` URL, in characters (about 1.5 MB of image).
#: Every byte travels over Streamlit's websocket to the browser, so keep images small.
MAX_DATA_URL_CHARS = 2 * 1024 * 1024

#: Image types accepted in ``data:`` URLs (and shown by the preview widget). SVG is
#: refused: it is a document that can carry scripts, not a photo a visitor uploads. Only
#: ``data:`` URLs are judged by type: an ``http(s)`` URL passes whatever file it names (its
#: server says what it serves, and the widget shows it in an ``<img>``, where an SVG runs
#: no script). README's ``image_url`` rule says the same (tests/unit/test_models.py).
DATA_URL_IMAGE_TYPES = ("image/avif", "image/bmp", "image/gif", "image/jpeg", "image/png", "image/webp")

#: The Jupyter model's traits: one per component arg (``_`` and the arg's snake_case name),
#: the window of widget events the page writes, and Python's acknowledgement of them.
ARG_TRAITS = {
    "session": "_session",
    "widgetKey": "_widget_key",
    "envelopes": "_envelopes",
    "options": "_options",
}
REPORTS_TRAIT = "_reports"
REPORTS_READ_TRAIT = "_reports_read"

#: Every constant above, by name: what the code generator writes as TypeScript constants.
EXPORTED = {
    name: value
    for name, value in dict(globals()).items()
    if name.isupper() and not name.startswith("_") and name != "EXPORTED"
}
