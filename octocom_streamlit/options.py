"""Validated options of the chat widget, serialized into the component args."""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictStr, field_validator
from pydantic_core import PydanticCustomError

from octocom_streamlit.arguments import ArgumentError
from octocom_streamlit.loader import LoaderScript, parse_loader
from octocom_streamlit.models import validate_image_url

Layout = Literal["floating", "inline"]
Corner = Literal["bottom-right", "bottom-left"]
ReportLevel = Literal["interactions", "all"]

_HEX_COLOR = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")
_KEY = re.compile(r"^[A-Za-z0-9_-]{1,64}$")

#: The widget key ``chat_widget`` and ``open_chat`` use when none is given.
DEFAULT_KEY = "octocom"


def validate_key(key: object, field: str = "key") -> str:
    """Widget keys become CSS class names and storage keys: letters, digits, ``_`` and ``-``."""
    if not isinstance(key, str) or not _KEY.match(key):
        raise ArgumentError(field, f"{field} must be 1-64 letters, digits, '_' or '-', got {key!r}")
    return key


class WidgetOptions(BaseModel):
    """Everything :func:`chat_widget` accepts besides its key (see its docstring)."""

    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)  # 24 not "24", never True

    layout: Layout = "floating"
    corner: Corner = "bottom-right"
    offset: int = Field(default=24, ge=0, le=400)
    height: int | None = Field(default=None, ge=200, le=2000)
    title: StrictStr = Field(default="Octocom assistant", min_length=1, max_length=80)
    subtitle: StrictStr = Field(default="Preview widget · offline", max_length=120)
    greeting: StrictStr = Field(default="Hi! How can we help you today?", max_length=500)
    accent_color: StrictStr | None = None
    avatar_url: StrictStr | None = None
    loader: list[LoaderScript] | None = None
    loader_timeout: float = Field(default=15.0, ge=1.0, le=120.0)
    report: ReportLevel = "interactions"

    @field_validator("loader", mode="before")
    @classmethod
    def _parse_loader(cls, value: Any) -> Any:
        """Accept what users have: the dashboard snippet, a script URL, or LoaderScript objects."""
        return value if value is None else parse_loader(value)

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

    def frontend(self) -> dict[str, Any]:
        """The camelCase ``options`` object the frontend reads (frontend/src/protocol/args.ts)."""
        return {
            "layout": self.layout,
            "corner": self.corner,
            "height": self.height,
            "title": self.title,
            "subtitle": self.subtitle,
            "greeting": self.greeting,
            "accentColor": self.accent_color,
            "avatarUrl": self.avatar_url,
            "loader": [script.model_dump() for script in self.loader] if self.loader else None,
            "loaderTimeoutMs": round(self.loader_timeout * 1000),
            "report": self.report,
        }
