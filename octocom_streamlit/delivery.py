"""Per-session delivery queue: sequence numbers, ordering and the replay window.

Pure Python (no Streamlit import) so that its semantics are unit-tested directly.

Every accepted command (an ``open_chat`` call, a ``reply``...) becomes a
:class:`QueuedCommand` with a sequence number that increases by one per widget
key and browser session. The browser side
executes commands strictly in sequence order and remembers the last sequence it
executed (in the tab's ``sessionStorage``, outside the component iframe), so a
command that reaches it twice, or again after the iframe remounts, is dropped.

The queue hands every command to the widget in its component args for as long as
the browser may still need it: always while the widget has not been drawn since
the command was queued, and afterwards for :data:`REPLAY_SECONDS` (a widget iframe
that was still loading, or that missed intermediate args, catches up from the
window). Nothing in this module ever forgets a command that no widget was given.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from octocom_streamlit.commands import OpenChat, WidgetCommand
from octocom_streamlit.protocol.contract import OpenChatEvent
from octocom_streamlit.protocol.envelopes import Envelope

#: How long a command stays in the widget's args after the widget was first drawn with it.
REPLAY_SECONDS = 30.0

#: Most commands kept after they were handed to a widget (the oldest leave first).
MAX_REPLAYED_COMMANDS = 100

#: Most commands waiting for a widget that was never drawn: past this, ``open_chat`` raises.
MAX_WAITING_COMMANDS = 1_000


class QueueFullError(ValueError):
    """Raised when :data:`MAX_WAITING_COMMANDS` commands already wait for a widget."""


@dataclass
class QueuedCommand:
    """One accepted command (usually an ``open_chat`` call) on its way to the widget."""

    seq: int
    id: str
    command: WidgetCommand
    first_drawn_at: float | None = None

    @cached_property
    def envelope(self) -> Envelope:
        """The envelope the frontend receives: ``seq``, ``id``, ``kind`` and the command's data.

        Built once: the carrier and every later window (each rerun) hand the same one.
        """
        return self.command.envelope(self.seq, self.id)

    @cached_property
    def _wire(self) -> dict[str, Any]:
        return self.envelope.wire()

    def wire(self) -> dict[str, Any]:
        """Return the envelope in its JSON form.

        Serialized once: a notebook widget sends its whole window on every call, so this
        runs for every command of the window each time (a shallow copy of the cached form).
        """
        return dict(self._wire)


@dataclass
class DeliveryQueue:
    """The commands of one widget key in one browser session."""

    clock: Callable[[], float] = time.monotonic
    next_seq: int = 1
    commands: list[QueuedCommand] = field(default_factory=list)

    def push(self, command: WidgetCommand | OpenChatEvent) -> QueuedCommand:
        """Accept ``command``: give it the next sequence number and keep it until delivered.

        A bare :class:`OpenChatEvent` is an immediate :class:`OpenChat`.
        """
        if isinstance(command, OpenChatEvent):
            command = OpenChat(command)
        waiting = sum(1 for queued in self.commands if queued.first_drawn_at is None)
        if waiting >= MAX_WAITING_COMMANDS:
            raise QueueFullError(
                f"open_chat: {waiting} commands already wait for a chat_widget() that was never "
                f"drawn (limit {MAX_WAITING_COMMANDS}); draw the widget with the same key"
            )
        queued = QueuedCommand(seq=self.next_seq, id=uuid.uuid4().hex, command=command)
        self.next_seq += 1
        self.commands.append(queued)
        return queued

    def take_window(self) -> list[QueuedCommand]:
        """Return the commands to hand to the widget drawn now, and age the window.

        Marks commands that were waiting as drawn now, then forgets drawn commands older
        than :data:`REPLAY_SECONDS` and any beyond :data:`MAX_REPLAYED_COMMANDS`.
        """
        now = self.clock()
        replayed = [
            q
            for q in self.commands
            if q.first_drawn_at is not None and now - q.first_drawn_at <= REPLAY_SECONDS
        ][-MAX_REPLAYED_COMMANDS:]
        waiting = [q for q in self.commands if q.first_drawn_at is None]
        for queued in waiting:
            queued.first_drawn_at = now
        self.commands = replayed + waiting
        return list(self.commands)
