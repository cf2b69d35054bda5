"""The options of the chat widget as the wire carries them, and the option list itself.

:class:`WidgetOptions` declares every option :func:`~octocom_streamlit.chat_widget` and
:class:`~octocom_streamlit.jupyter.ChatWidget` accept besides their key (see
``octocom_streamlit/widget_options.py`` for which binding takes which, and for the
loader snippet a caller may give); ``WidgetOptions.wire()`` is the ``options`` object
the frontend reads.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import ConfigDict, Field, StrictStr, field_validator, model_validator
from pydantic_core import PydanticCustomError

from octocom_streamlit.protocol.constants import (
    DEFAULT_CORNER,
    DEFAULT_GREETING,
    DEFAULT_LAYOUT,
    DEFAULT_LOADER_TIMEOUT,
    DEFAULT_OFFSET,
    DEFAULT_REPORT,
    DEFAULT_SUBTITLE,
    DEFAULT_TITLE,
)
from octocom_streamlit.protocol.contract import validate_image_url
from octocom_streamlit.protocol.wire import WireModel

Layout = Literal["floating", "inline"]
Corner = Literal["bottom-right", "bottom-left"]
ReportLevel = Literal["interactions", "all"]

_HEX_COLOR = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")
_ATTRIBUTE_NAME = re.compile(r"^[a-zA-Z_:][-a-zA-Z0-9_:.]*$")
_FORBIDDEN_ATTRIBUTES = {"src", "onload", "onerror"}


class LoaderScript(WireModel):
    """One ``<script>`` of an embed snippet: a ``src`` URL with attributes, or inline code.

    Examples
    --------
    >>> LoaderScript(src="https://widget.example.com/loader.js", attributes={"data-bot-id": "42"})
    LoaderScript(src='https://widget.example.com/loader.js', attributes={'data-bot-id': '42'}, code=None)
    """

    model_config = ConfigDict(extra="forbid")

    src: StrictStr | None = None
    attributes: dict[str, StrictStr] = Field(default_factory=dict)
    code: StrictStr | None = None

    @field_validator("src")
    @classmethod
    def _src_is_http(cls, value: str | None) -> str | None:
        if value is None:
            return None
        if not value.lower().startswith(("http://", "https://")):
            raise PydanticCustomError("loader_src", "loader src must be an absolute http(s) URL")
        try:
            validate_image_url(value)  # the same absolute-http(s) rules as image URLs
        except PydanticCustomError as exc:
            rule = exc.message().removeprefix("image_url ")
            raise PydanticCustomError("loader_src", "loader src " + rule) from None
        return value

    @field_validator("attributes")
    @classmethod
    def _attribute_names(cls, value: dict[str, str]) -> dict[str, str]:
        for name in value:
            if not _ATTRIBUTE_NAME.match(name) or name.lower() in _FORBIDDEN_ATTRIBUTES:
                raise PydanticCustomError(
                    "loader_attribute",
                    "loader attribute {name} is not allowed (give src separately; no event handlers)",
                    {"name": name},
                )
        return value

    @model_validator(mode="after")
    def _src_or_code(self) -> LoaderScript:
        has_code = self.code is not None and self.code.strip() != ""
        if self.src is None and not has_code:
            raise PydanticCustomError(
                "loader_script",
                'loader: a <script> with neither src nor code loads nothing; give it the src="https://..." '
                "of your Octocom widget, as in the snippet from your Octocom dashboard",
            )
        if self.src is not None and self.code is not None:
            raise PydanticCustomError("loader_script", "a loader script needs exactly one of src or code")
        return self


class WidgetOptions(WireModel):
    """Everything :func:`~octocom_streamlit.chat_widget` accepts besides its key (see its docstring).

    Examples
    --------
    >>> WidgetOptions(title="Acme help", accent_color="#0f766e").wire()["accentColor"]
    '#0f766e'
    """

    model_config = ConfigDict(extra="forbid", strict=True)  # 24 not "24", never True

    layout: Layout = DEFAULT_LAYOUT
    corner: Corner = DEFAULT_CORNER
    offset: int = Field(default=DEFAULT_OFFSET, ge=0, le=400)
    height: int | None = Field(default=None, ge=200, le=2000)
    title: StrictStr = Field(default=DEFAULT_TITLE, min_length=1, max_length=80)
    subtitle: StrictStr = Field(default=DEFAULT_SUBTITLE, max_length=120)
    greeting: StrictStr = Field(default=DEFAULT_GREETING, max_length=500)
    accent_color: StrictStr | None = None
    avatar_url: StrictStr | None = None
    loader: list[LoaderScript] | None = None
    loader_timeout: float = Field(default=DEFAULT_LOADER_TIMEOUT, ge=1.0, le=120.0)
    report: ReportLevel = DEFAULT_REPORT

    @field_validator("accent_color")
    @classmethod
    def _hex_color(cls, value: str | None) -> str | None:
        if value is not None and not _HEX_COLOR.match(value):
            raise PydanticCustomError(
                "accent_color", "accent_color must be a hex colour like #3b5bdb or #35d"
            )
        return value

    @field_validator("avatar_url")
    @classmethod
    def _avatar(cls, value: str | None) -> str | None:
        if value is None:
            return None
        try:
            return validate_image_url(value)
        except PydanticCustomError as exc:
            raise PydanticCustomError(
                "avatar_url", "avatar_url" + exc.message().removeprefix("image_url")
            ) from None
