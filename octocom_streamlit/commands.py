"""What Python asks a mounted widget to do, in one ordered stream per session and key.

* :class:`OpenChat`: dispatch an ``openChatEvent`` (the contract), now or after a delay.
* :class:`AgentReply`: add an agent message to the preview widget (prototyping only;
  Octocom's live widget has no such event and ignores it).
* :class:`CancelPending`: drop delayed opens that have not fired yet.

Each becomes one envelope with a sequence number; see :mod:`octocom_streamlit.delivery`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from octocom_streamlit.images import image_to_data_url
from octocom_streamlit.models import ChatText, OpenChatEvent

#: Longest accepted ``delay`` in seconds (one hour).
MAX_DELAY_SECONDS = 3600.0


class Delay(BaseModel):
    """A validated ``delay`` argument: seconds after delivery before the event is dispatched."""

    model_config = ConfigDict(frozen=True)

    delay: float = Field(gt=0, le=MAX_DELAY_SECONDS, allow_inf_nan=False)


class AgentReplyText(BaseModel):
    """A validated ``reply`` text: not blank, at most ``MAX_CONTENT_CHARS`` characters."""

    model_config = ConfigDict(frozen=True)

    text: ChatText


@dataclass(frozen=True)
class OpenChat:
    event: OpenChatEvent
    delay_seconds: float | None = None

    def payload(self) -> dict[str, Any]:
        payload: dict[str, Any] = {"kind": "open", "detail": self.event.detail()}
        if self.delay_seconds is not None:
            payload["delayMs"] = round(self.delay_seconds * 1000)
        return payload


@dataclass(frozen=True)
class AgentReply:
    content: str

    def payload(self) -> dict[str, Any]:
        return {"kind": "reply", "reply": {"content": self.content}}


@dataclass(frozen=True)
class CancelPending:
    def payload(self) -> dict[str, Any]:
        return {"kind": "cancel"}


WidgetCommand = OpenChat | AgentReply | CancelPending


def build_event(content: str | None, image_url: str | None, image: Any) -> OpenChatEvent:
    """Validate an open request; ``image`` (bytes, upload, PIL image, path) becomes a data: URL."""
    if image is not None:
        if image_url is not None:
            raise ValueError("give either image or image_url, not both")
        image_url = image_to_data_url(image)
    return OpenChatEvent.create(content, image_url)


def open_command(content: str | None, image_url: str | None, image: Any, delay: float | None) -> OpenChat:
    """Validate every argument of ``open_chat`` and return the command to queue.

    Raises
    ------
    pydantic.ValidationError or ValueError
        The message names the field and the rule; nothing has been queued.
    """
    event = build_event(content, image_url, image)
    return OpenChat(event, None if delay is None else Delay(delay=delay).delay)
