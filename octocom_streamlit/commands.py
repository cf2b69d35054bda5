"""What Python asks a mounted widget to do, in one ordered stream per session and key.

* :class:`OpenChat`: dispatch an ``openChatEvent`` (the contract), now or after a delay.
* :class:`AgentReply`: add an agent message to the preview widget (prototyping only;
  Octocom's live widget has no such event and ignores it).
* :class:`CancelPending`: drop delayed opens that have not fired yet.

Each becomes one envelope (:mod:`octocom_streamlit.protocol.envelopes`) with a sequence
number; see :mod:`octocom_streamlit.delivery`. Pure Python: both bindings use it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from octocom_streamlit.arguments import IMAGE_INSTEAD, ArgumentError
from octocom_streamlit.images import holds_an_image, image_to_data_url
from octocom_streamlit.protocol.contract import ChatText, OpenChatEvent
from octocom_streamlit.protocol.envelopes import (
    AgentReplyMessage,
    CancelEnvelope,
    Envelope,
    OpenEnvelope,
    ReplyEnvelope,
)

#: Longest accepted ``delay`` in seconds (one hour).
MAX_DELAY_SECONDS = 3600.0

#: Longest accepted ``once`` id, in characters.
MAX_ONCE_CHARS = 200


class Delay(BaseModel):
    """A validated ``delay`` argument: seconds after delivery before the event is dispatched."""

    model_config = ConfigDict(frozen=True, strict=True)  # an int or a float: never "5" or True

    delay: float = Field(gt=0, le=MAX_DELAY_SECONDS, allow_inf_nan=False)


class AgentReplyText(BaseModel):
    """A validated ``reply`` text: not blank, at most ``MAX_CONTENT_CHARS`` characters."""

    model_config = ConfigDict(frozen=True)

    text: ChatText


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


def build_event(content: str | None, image_url: str | None, image: Any) -> OpenChatEvent:
    """Validate an open request; ``image`` (bytes, upload, PIL image, path) becomes a data: URL."""
    if image is not None:
        if image_url is not None:
            raise ArgumentError(
                "image", "image and image_url are both given; pass one of them (image becomes the image_url)"
            )
        image_url = image_to_data_url(image)
    elif holds_an_image(image_url):  # a path, bytes, an upload: what image= is for
        raise ArgumentError(
            "image_url",
            f"image_url must be a str (an http(s) or data: URL), got {type(image_url).__name__}",
            fix=IMAGE_INSTEAD,
        )
    return OpenChatEvent.create(content, image_url)


def open_command(content: str | None, image_url: str | None, image: Any, delay: float | None) -> OpenChat:
    """Validate every argument of ``open_chat`` and return the command to queue.

    Raises
    ------
    pydantic.ValidationError or ArgumentError
        The message names the field and the rule; nothing has been queued.
    """
    event = build_event(content, image_url, image)
    return OpenChat(event, None if delay is None else Delay(delay=delay).delay)


def validate_once(once: object) -> str | None:
    """Return the ``once`` id of an ``open_chat`` call (``None``: no id), or raise :class:`ArgumentError`."""
    if once is None:
        return None
    if not isinstance(once, str):
        raise ArgumentError(
            "once", f"once must be a str, an id such as 'plan-nudge', got {type(once).__name__}"
        )
    if not once.strip() or len(once) > MAX_ONCE_CHARS:
        raise ArgumentError("once", f"once must be a non-blank id of at most {MAX_ONCE_CHARS} characters")
    return once


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
