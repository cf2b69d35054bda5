"""The real Octocom widget: the embed script a user copies from their Octocom dashboard.

``chat_widget(loader=...)`` accepts the snippet as pasted (one or more ``<script>``
elements, with ``src`` and attributes, or inline code), a bare ``https://`` script URL,
or a :class:`LoaderScript`. The component then loads those scripts inside its iframe
instead of the preview widget and dispatches every event to that document.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any

from pydantic_core import PydanticCustomError

from octocom_streamlit.protocol.options import LoaderScript

__all__ = ["LoaderScript", "parse_loader"]

#: A ``<script`` start tag that never reaches its ``>``.
_UNFINISHED_TAG = re.compile(r"<script\b[^>]*$", re.I)
#: A script address without its ``https://``: ``octocom.ai/widget.js``, ``//cdn.example.com/w.js``.
_NO_SCHEME = re.compile(r"(?://)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d+)?/\S*", re.I)


class _ScriptCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scripts: list[dict[str, Any]] = []
        self._current: dict[str, Any] | None = None
        self.stray: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "script":
            self.stray.append(tag)
            return
        attributes = {name: value or "" for name, value in attrs}
        src = attributes.pop("src", None)
        self._current = {"src": src, "attributes": attributes, "code": []}

    def handle_data(self, data: str) -> None:
        if self._current is not None:
            self._current["code"].append(data)
        elif data.strip():
            self.stray.append("text")

    @property
    def open_script(self) -> bool:
        """Whether a ``<script>`` was opened and never closed with ``</script>``."""
        return self._current is not None

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._current is not None:
            code = "".join(self._current.pop("code")).strip()
            if self._current["src"] is None:
                self._current["code"] = code
            self.scripts.append(self._current)
            self._current = None


def parse_loader(loader: str | LoaderScript | list[LoaderScript]) -> list[LoaderScript]:
    """Turn what the user gave into validated scripts.

    Raises
    ------
    pydantic.ValidationError or pydantic_core.PydanticCustomError
        The message names ``loader`` and what is wrong with it (both are ``ValueError``).
    """
    if isinstance(loader, LoaderScript):
        return [loader]
    if isinstance(loader, list):
        return [LoaderScript.model_validate(item) for item in loader]
    if not isinstance(loader, str):
        raise PydanticCustomError(
            "loader",
            "loader must be the <script> snippet from your Octocom dashboard, a script URL, "
            f"a LoaderScript or a list of them, got {type(loader).__name__}",
        )
    text = loader.strip()
    if text.lower().startswith(("http://", "https://")):
        return [LoaderScript(src=text)]
    if _NO_SCHEME.fullmatch(text):
        raise PydanticCustomError(
            "loader",
            f"loader: the script URL has no https:// in front; give it in full: https://{text.lstrip('/')}",
        )
    collector = _ScriptCollector()
    collector.feed(text)
    collector.close()
    if _UNFINISHED_TAG.search(text):
        raise PydanticCustomError(
            "loader",
            'loader: the <script tag is not closed: it needs its ">" and a </script> after it; copy the '
            "whole snippet from your Octocom dashboard",
        )
    if collector.open_script:
        raise PydanticCustomError(
            "loader",
            "loader: the <script> element is not closed: end it with </script>; copy the whole snippet "
            "from your Octocom dashboard",
        )
    if collector.stray or not collector.scripts:
        raise PydanticCustomError(
            "loader",
            "loader must be a script URL, a LoaderScript, or the <script> snippet from your Octocom "
            "dashboard (only <script> elements)",
        )
    return [LoaderScript.model_validate(script) for script in collector.scripts]
