"""Pydantic models of Octocom's ``openChatEvent`` contract.

The page opens the chat widget with::

    document.dispatchEvent(new CustomEvent("openChatEvent", {
      detail: { type: "OPEN_OCTOCOM", message: { content: "...", imageUrl: "..." } },
    }));

:class:`OpenChatEvent` is that ``detail``; :class:`ChatMessage` is its ``message``.
Both validate on construction and serialize to exactly the contract's keys.
"""

from __future__ import annotations

import base64
import binascii
import re
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StrictStr,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from octocom_streamlit.protocol.constants import (
    DATA_URL_IMAGE_TYPES,
    MAX_CONTENT_CHARS,
    MAX_DATA_URL_CHARS,
    MAX_HTTP_URL_CHARS,
)
from octocom_streamlit.protocol.safe_json import safe_json

_DATA_URL = re.compile(r"^data:(?P<mime>[a-z0-9.+-]+/[a-z0-9.+-]+);base64,(?P<payload>.*)$", re.I | re.S)


def not_blank(value: str, info: ValidationInfo) -> str:
    """Return ``value`` unless it is empty or only white space (the field's name says which)."""
    if not value.strip():
        raise PydanticCustomError(
            "text_blank", "{field} must not be empty or only white space", {"field": info.field_name}
        )
    return value


#: Text a person reads in the chat: a string, not blank, at most :data:`MAX_CONTENT_CHARS`.
ChatText = Annotated[StrictStr, Field(max_length=MAX_CONTENT_CHARS), AfterValidator(not_blank)]


def _url_error(rule: str, kind: str = "image_url", **ctx: Any) -> PydanticCustomError:
    return PydanticCustomError(kind, "image_url " + rule, ctx)


def validate_image_url(url: str) -> str:
    """Return ``url`` unchanged if it is an accepted image URL, else raise.

    Accepted: an absolute ``http://`` or ``https://`` URL with a host, whatever file it
    names (``.svg`` too: its server says what it serves), or a
    ``data:image/<type>;base64,<payload>`` URL of one of :data:`DATA_URL_IMAGE_TYPES` (no
    ``image/svg+xml``), of at most :data:`MAX_DATA_URL_CHARS`.
    """
    if url != url.strip():
        raise _url_error("must not start or end with white space")
    scheme = url.split(":", 1)[0].lower() if ":" in url else ""
    if scheme in ("http", "https"):
        if len(url) > MAX_HTTP_URL_CHARS:
            raise _url_error("must be at most {limit} characters long", limit=MAX_HTTP_URL_CHARS)
        if any(ch.isspace() or ord(ch) < 32 for ch in url):
            raise _url_error("must not contain white space or control characters")
        try:
            parts = urlsplit(url)
            port = parts.port  # raises ValueError on a malformed port
        except ValueError as exc:
            raise _url_error("is not a well-formed URL ({reason})", reason=str(exc)) from None
        del port
        if not url.lower().startswith(scheme + "://") or not parts.hostname:
            raise _url_error(
                "must be an absolute http(s) URL with a host, like https://example.com/photo.jpg"
            )
        return url
    if scheme == "data":
        if len(url) > MAX_DATA_URL_CHARS:
            raise _url_error(
                "data: URL is {size} characters; the limit is {limit} (about 1.5 MB of image)",
                size=len(url),
                limit=MAX_DATA_URL_CHARS,
            )
        match = _DATA_URL.match(url)
        if not match:
            raise _url_error("data: URL must have the form data:image/<type>;base64,<payload>")
        mime = match["mime"].lower()
        if mime not in DATA_URL_IMAGE_TYPES:
            raise _url_error(
                "data: URL type {mime} is not allowed; use one of {allowed}",
                mime=mime,
                allowed=", ".join(sorted(DATA_URL_IMAGE_TYPES)),
            )
        try:
            base64.b64decode(match["payload"], validate=True)
        except (binascii.Error, ValueError):
            raise _url_error("data: URL payload is not valid base64") from None
        return url
    raise _url_error(
        "must be an absolute http(s) URL or a data:image/...;base64, URL; got scheme '{scheme}'",
        kind="image_url_local" if scheme in ("", "file") else "image_url",
        scheme=scheme or "(none: relative or malformed)",
    )


class ChatMessage(BaseModel):
    """The customer message created in the chat when it opens (the contract's ``message``).

    Parameters
    ----------
    content : str
        The text of the customer's message: not blank, at most
        :data:`MAX_CONTENT_CHARS` characters. Shown as text, never as HTML.
    image_url : str or None
        A URL of a user-uploaded image (serialized as ``imageUrl``): an absolute
        ``http(s)`` URL, or a ``data:image/...;base64,`` URL of at most
        :data:`MAX_DATA_URL_CHARS` characters.

    Examples
    --------
    >>> ChatMessage(content="Hi", image_url="https://example.com/a.png").detail()
    {'content': 'Hi', 'imageUrl': 'https://example.com/a.png'}
    """

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    content: ChatText
    image_url: StrictStr | None = Field(default=None, alias="imageUrl")

    @model_validator(mode="before")
    @classmethod
    def _content_required(cls, data: Any) -> Any:
        if (
            isinstance(data, dict)
            and data.get("content") is None
            and (data.get("image_url") is not None or data.get("imageUrl") is not None)
        ):
            raise PydanticCustomError(
                "content_required",
                "content is required when a message is given: an image_url alone is not "
                "allowed by the openChatEvent contract (message.content is required)",
            )
        return data

    @field_validator("image_url")
    @classmethod
    def _image_url_allowed(cls, value: str | None) -> str | None:
        return None if value is None else validate_image_url(value)

    def detail(self) -> dict[str, str]:
        """Return the contract's ``message`` object: ``content`` and, if set, ``imageUrl``."""
        return self.model_dump(by_alias=True, exclude_none=True)


class OpenChatEvent(BaseModel):
    """The ``detail`` of one ``openChatEvent``: open the widget, optionally with a message.

    Parameters
    ----------
    type : "OPEN_OCTOCOM"
        Always ``"OPEN_OCTOCOM"``, as the contract requires.
    message : ChatMessage or None
        Without it the widget only opens; with it a customer message is created.

    Examples
    --------
    >>> OpenChatEvent.create("Hello, I need help with my order.").detail()
    {'type': 'OPEN_OCTOCOM', 'message': {'content': 'Hello, I need help with my order.'}}
    >>> OpenChatEvent().detail()
    {'type': 'OPEN_OCTOCOM'}
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    type: Literal["OPEN_OCTOCOM"] = "OPEN_OCTOCOM"
    message: ChatMessage | None = None

    @classmethod
    def create(cls, content: str | None = None, image_url: str | None = None) -> OpenChatEvent:
        """Build and validate the event for ``open_chat(content, image_url)``.

        Raises
        ------
        pydantic.ValidationError
            When ``content`` or ``image_url`` breaks a rule; the message names the
            field (``message.content``, ``message.imageUrl``) and the rule.
        """
        if content is None and image_url is None:
            return cls()
        return cls.model_validate({"message": {"content": content, "imageUrl": image_url}})

    def detail(self) -> dict[str, Any]:
        """Return exactly the ``detail`` object the page dispatches.

        No ``message`` key without a message, no ``imageUrl`` key without an image,
        camelCase ``imageUrl``, and no other keys.
        """
        detail: dict[str, Any] = {"type": self.type}
        if self.message is not None:
            detail["message"] = self.message.detail()
        return detail

    def to_json(self) -> str:
        """Return :meth:`detail` as compact JSON, safe to embed in HTML and ``<script>``."""
        return safe_json(self.detail())

    def to_js(self) -> str:
        """Return a JavaScript snippet that dispatches this event on a real site.

        The detail is JSON with ``<``, ``>``, ``&`` and the JavaScript line
        separators escaped, so content such as ``</script>`` or quotes cannot
        break out of the snippet, even inside an inline ``<script>`` element.

        Examples
        --------
        >>> print(OpenChatEvent.create("Hi").to_js())
        document.dispatchEvent(new CustomEvent("openChatEvent", {
          detail: {"type": "OPEN_OCTOCOM", "message": {"content": "Hi"}},
        }));
        """
        detail = safe_json(self.detail(), compact=False)
        return f'document.dispatchEvent(new CustomEvent("openChatEvent", {{\n  detail: {detail},\n}}));'
