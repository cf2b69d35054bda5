"""What Python sends to a widget: command envelopes, and the three ways they travel.

* :class:`ComponentArgs`: the args of every render (the Streamlit component's args,
  the notebook model's traits): the session, the widget key, the window of envelopes
  and the options.
* :class:`CarrierPayload`: one envelope in a hidden element at the ``open_chat`` call
  site (attribute :data:`~octocom_streamlit.protocol.constants.COMMAND_ATTRIBUTE`).
* :class:`ButtonPayload`: the event a ``chat_button`` click dispatches.

An envelope is one command with its sequence number ``seq`` (one ordered stream per
session and widget key) and a unique ``id``.
"""

from __future__ import annotations

from typing import Annotated, Literal, Union

from pydantic import Field

from octocom_streamlit.protocol.constants import PROTOCOL_VERSION
from octocom_streamlit.protocol.contract import OpenChatEvent
from octocom_streamlit.protocol.options import WidgetOptions
from octocom_streamlit.protocol.wire import WireModel

#: mypy checks that PROTOCOL_VERSION (a Final literal) is this version.
Version = Literal[1]


class OpenEnvelope(WireModel):
    """Dispatch ``openChatEvent`` with ``detail``, now or ``delay_ms`` after delivery."""

    seq: int = Field(ge=1)
    id: str
    kind: Literal["open"] = "open"
    detail: OpenChatEvent
    delay_ms: int | None = Field(default=None, gt=0)


class AgentReplyMessage(WireModel):
    """The agent message a reply adds to the preview widget."""

    content: str


class ReplyEnvelope(WireModel):
    """Add an agent message to the preview widget (prototyping; the live widget ignores it)."""

    seq: int = Field(ge=1)
    id: str
    kind: Literal["reply"] = "reply"
    reply: AgentReplyMessage


class CancelEnvelope(WireModel):
    """Drop the delayed opens that have not fired yet."""

    seq: int = Field(ge=1)
    id: str
    kind: Literal["cancel"] = "cancel"


Envelope = Annotated[Union[OpenEnvelope, ReplyEnvelope, CancelEnvelope], Field(discriminator="kind")]  # noqa: UP007
CommandKind = Literal["open", "reply", "cancel"]


class CarrierPayload(WireModel):
    """One envelope written into the page at the call site, addressed to a session and key."""

    v: Version = PROTOCOL_VERSION
    session: str
    key: str
    envelope: Envelope


class ButtonPayload(WireModel):
    """What a ``chat_button`` click dispatches in the widget of ``key``."""

    v: Version = PROTOCOL_VERSION
    key: str
    detail: OpenChatEvent


class ComponentArgs(WireModel):
    """What every render gives the widget: who it is, what to deliver, how it looks."""

    session: str
    widget_key: str
    envelopes: list[Envelope]
    options: WidgetOptions
