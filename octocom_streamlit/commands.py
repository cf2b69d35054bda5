"""What Python asks a mounted widget to do, and the arguments each command is made from.

* :class:`OpenChat`: dispatch an ``openChatEvent`` (the contract), now or after a delay.
* :class:`AgentReply`: add an agent message to the preview widget (prototyping only;
  Octocom's live widget has no such event and ignores it).
* :class:`CancelPending`: drop delayed opens that have not fired yet.

Each command's rules are its argument model (:class:`OpenChatArguments`,
:class:`ReplyArguments`, :class:`CancelPendingArguments`), which both bindings and the
command line check through :func:`~octocom_streamlit.arguments.validate_call`; the
binding's own arguments (Streamlit's ``key``) extend them. Each command becomes one
envelope (:mod:`octocom_streamlit.protocol.envelopes`) with a sequence number; see
:mod:`octocom_streamlit.delivery`. Pure Python: both bindings use it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ConfigDict, model_validator
from pydantic_core import PydanticCustomError

from octocom_streamlit.protocol.contract import ChatMessage, ChatText, OpenChatEvent
from octocom_streamlit.protocol.envelopes import (
    AgentReplyMessage,
    CancelEnvelope,
    Envelope,
    OpenEnvelope,
    ReplyEnvelope,
)
from octocom_streamlit.rules import DelaySeconds, ImageData, ImageUrl, OnceId


@dataclass(frozen=True)
class OpenChat:
    """Dispatch ``openChatEvent`` with ``event`` as its detail: what ``open_chat`` queues.

    Parameters
    ----------
    event : OpenChatEvent
        The validated detail.
    delay_seconds : float or None
        Seconds the browser waits after delivery before dispatching (``None``: at once).
    """

    event: OpenChatEvent
    delay_seconds: float | None = None

    def envelope(self, seq: int, id: str) -> Envelope:
        """Return this command as the envelope numbered ``seq``, with the unique ``id``.

        Examples
        --------
        >>> command = OpenChat(OpenChatEvent.create("Hi"), delay_seconds=1.5)
        >>> command.envelope(1, "a1").wire()["delayMs"]
        1500
        """
        delay_ms = None if self.delay_seconds is None else round(self.delay_seconds * 1000)
        return OpenEnvelope(seq=seq, id=id, detail=self.event, delay_ms=delay_ms)


@dataclass(frozen=True)
class AgentReply:
    """Add an agent message with ``content`` to the preview widget: what ``reply`` queues.

    Parameters
    ----------
    content : str
        The validated text (see :class:`AgentReplyText`).
    """

    content: str

    def envelope(self, seq: int, id: str) -> Envelope:
        """Return this command as the envelope numbered ``seq``, with the unique ``id``.

        Examples
        --------
        >>> AgentReply("Happy to help.").envelope(2, "b2").wire()
        {'seq': 2, 'id': 'b2', 'kind': 'reply', 'reply': {'content': 'Happy to help.'}}
        """
        return ReplyEnvelope(seq=seq, id=id, reply=AgentReplyMessage(content=self.content))


@dataclass(frozen=True)
class CancelPending:
    """Drop the delayed opens that have not fired yet: what ``cancel_pending`` queues."""

    def envelope(self, seq: int, id: str) -> Envelope:
        """Return this command as the envelope numbered ``seq``, with the unique ``id``.

        Examples
        --------
        >>> CancelPending().envelope(3, "c3").wire()
        {'seq': 3, 'id': 'c3', 'kind': 'cancel'}
        """
        return CancelEnvelope(seq=seq, id=id)


WidgetCommand = OpenChat | AgentReply | CancelPending


class CallArguments(BaseModel):
    """The arguments of one public call, as the caller gave them: one field per argument."""

    model_config = ConfigDict(frozen=True, extra="forbid", strict=True, arbitrary_types_allowed=True)

    def once_id(self) -> str | None:
        """Return the ``once=`` id that sends this call at most once (``None``: sent each time)."""
        return None


class MessageArguments(CallArguments):
    """The message of an open: ``content``, and an image as ``image_url`` or as ``image``.

    ``image`` (bytes, an upload, a PIL image, a path) becomes a ``data:`` URL. With
    neither content nor image the open carries no message.

    Examples
    --------
    >>> MessageArguments(content="Hi", image_url="https://example.com/a.png").event.detail()
    {'type': 'OPEN_OCTOCOM', 'message': {'content': 'Hi', 'imageUrl': 'https://example.com/a.png'}}
    """

    content: ChatText | None = None
    image_url: ImageUrl | None = None
    image: ImageData = None

    @model_validator(mode="before")
    @classmethod
    def _one_image(cls, data: Any) -> Any:
        if isinstance(data, dict) and data.get("image") is not None and data.get("image_url") is not None:
            raise PydanticCustomError(
                "image_twice",
                "image and image_url are both given; pass one of them (image becomes the image_url)",
                {"argument": "image"},
            )
        return data

    @model_validator(mode="after")
    def _content_with_image(self) -> MessageArguments:
        if self.content is None and (self.image_url or self.image) is not None:
            raise PydanticCustomError(
                "content_required",
                "content is required when a message is given: an image_url alone is not "
                "allowed by the openChatEvent contract (message.content is required)",
                {"argument": "image_url" if self.image is None else "image"},
            )
        return self

    @property
    def event(self) -> OpenChatEvent:
        """The ``openChatEvent`` detail these arguments make (already validated)."""
        if self.content is None:
            return OpenChatEvent()
        message = ChatMessage.model_construct(content=self.content, image_url=self.image_url or self.image)
        return OpenChatEvent.model_construct(type="OPEN_OCTOCOM", message=message)


class OpenChatArguments(MessageArguments):
    """``open_chat``'s arguments: the message, ``delay`` and ``once``.

    Examples
    --------
    >>> command = OpenChatArguments(content="Hi", delay=1.5, once="hello").command()
    >>> command.event.detail(), command.delay_seconds
    ({'type': 'OPEN_OCTOCOM', 'message': {'content': 'Hi'}}, 1.5)
    """

    delay: DelaySeconds | None = None
    once: OnceId | None = None

    def once_id(self) -> str | None:
        """Return the ``once=`` id given (``None``: sent each time)."""
        return self.once

    def command(self) -> OpenChat:
        """Return the command to queue."""
        return OpenChat(self.event, self.delay)


class ReplyArguments(CallArguments):
    """``reply``'s arguments: the agent's text (not blank, at most ``MAX_CONTENT_CHARS``)."""

    text: ChatText

    def command(self) -> AgentReply:
        """Return the command to queue."""
        return AgentReply(self.text)


class CancelPendingArguments(CallArguments):
    """``cancel_pending``'s arguments: none but the binding's own."""

    def command(self) -> CancelPending:
        """Return the command to queue."""
        return CancelPending()


@dataclass
class OnceIds:
    """The ``once`` ids a widget already sent (or skipped): each admits one open, ever.

    An id is spent when the first call with it is queued, so a rerun that makes the
    same call again sends nothing and does not restart a delay, and an open that
    fired or that ``cancel_pending`` dropped stays done.
    """

    spent: set[str] = field(default_factory=set)

    def admit(self, once: str | None) -> bool:
        """Return whether a call with ``once`` is sent now (``None`` always is), and spend the id."""
        if once is None:
            return True
        if once in self.spent:
            return False
        self.spent.add(once)
        return True
