"""Per-session delivery queue: sequence numbers, ordering and the replay window.

Pure Python (no Streamlit import) so that its semantics are unit-tested directly.

Every accepted ``open_chat`` call becomes a :class:`QueuedEvent` with a sequence
number that increases by one per widget key and browser session. The browser side
dispatches events strictly in sequence order and remembers the last sequence it
dispatched (in the tab's ``sessionStorage``, outside the component iframe), so an
event that reaches it twice, or again after the iframe remounts, is dropped.

The queue hands every event to the widget in its component args for as long as
the browser may still need it: always while the widget has not been drawn since
the event was queued, and afterwards for :data:`REPLAY_SECONDS` (a widget iframe
that was still loading, or that missed intermediate args, catches up from the
window). Nothing in this module ever forgets an event that no widget was given.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from octocom_streamlit.commands import OpenChat, WidgetCommand
from octocom_streamlit.models import OpenChatEvent

#: How long an event stays in the widget's args after the widget was first drawn with it.
REPLAY_SECONDS = 30.0

#: Most events kept after they were handed to a widget (the oldest leave first).
MAX_REPLAYED_EVENTS = 100

#: Most events waiting for a widget that was never drawn: past this, ``open_chat`` raises.
MAX_WAITING_EVENTS = 1_000


class QueueFullError(ValueError):
    """Raised when :data:`MAX_WAITING_EVENTS` events already wait for a widget."""


@dataclass
class QueuedEvent:
    """One accepted command (usually an ``open_chat`` call) on its way to the widget."""

    seq: int
    id: str
    command: WidgetCommand
    first_drawn_at: float | None = None

    def envelope(self) -> dict[str, Any]:
        """The JSON-ready form the frontend receives: ``seq``, ``id``, ``kind`` and its data."""
        return {"seq": self.seq, "id": self.id, **self.command.payload()}


@dataclass
class DeliveryQueue:
    """The events of one widget key in one browser session."""

    clock: Callable[[], float] = time.monotonic
    next_seq: int = 1
    events: list[QueuedEvent] = field(default_factory=list)

    def push(self, command: WidgetCommand | OpenChatEvent) -> QueuedEvent:
        """Accept ``command``: give it the next sequence number and keep it until delivered.

        A bare :class:`OpenChatEvent` is an immediate :class:`OpenChat`.
        """
        if isinstance(command, OpenChatEvent):
            command = OpenChat(command)
        waiting = sum(1 for queued in self.events if queued.first_drawn_at is None)
        if waiting >= MAX_WAITING_EVENTS:
            raise QueueFullError(
                f"open_chat: {waiting} events already wait for a chat_widget() that was never "
                f"drawn (limit {MAX_WAITING_EVENTS}); draw the widget with the same key"
            )
        queued = QueuedEvent(seq=self.next_seq, id=uuid.uuid4().hex, command=command)
        self.next_seq += 1
        self.events.append(queued)
        return queued

    def take_window(self) -> list[QueuedEvent]:
        """Return the events to hand to the widget drawn now, and age the window.

        Marks events that were waiting as drawn now, then forgets drawn events older
        than :data:`REPLAY_SECONDS` and any beyond :data:`MAX_REPLAYED_EVENTS`.
        """
        now = self.clock()
        replayed = [
            q
            for q in self.events
            if q.first_drawn_at is not None and now - q.first_drawn_at <= REPLAY_SECONDS
        ][-MAX_REPLAYED_EVENTS:]
        waiting = [q for q in self.events if q.first_drawn_at is None]
        for queued in waiting:
            queued.first_drawn_at = now
        self.events = replayed + waiting
        return list(self.events)
