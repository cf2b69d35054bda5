"""The commands of one notebook ChatWidget on their way to the browser.

The same :class:`~octocom_streamlit.delivery.DeliveryQueue` as in Streamlit (sequence
numbers, exactly once in order, the replay window), with the notebook's notion of
"drawn": a Streamlit widget is drawn by the script run, a notebook widget when the
page reports it delivered everything queued so far. Until then every command stays
in the synced window, so a call made before the widget is displayed (or while no view
of it is on screen) is delivered when a view appears, however long that takes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from octocom_streamlit.commands import OnceIds, WidgetCommand
from octocom_streamlit.delivery import MAX_WAITING_COMMANDS, DeliveryQueue, QueueFullError


@dataclass
class Outbox:
    """One widget's queue, its ``once=`` ids, and the window of envelopes the browser should see.

    The notebook's :class:`~octocom_streamlit.command_calls.CommandTarget`: ``publish``
    hands each new window to the page (the ``_envelopes`` trait).
    """

    publish: Callable[[list[dict[str, Any]]], None] = lambda window: None
    queue: DeliveryQueue = field(default_factory=DeliveryQueue)
    once: OnceIds = field(default_factory=OnceIds)

    def admit(self, once: str | None) -> bool:
        """Return whether a call with ``once`` is sent now (``None`` always is), and spend the id."""
        return self.once.admit(once)

    def send(self, command: WidgetCommand) -> None:
        """Queue ``command`` and publish the new window (see :meth:`push`)."""
        self.publish(self.push(command))

    def push(self, command: WidgetCommand) -> list[dict[str, Any]]:
        """Queue ``command``; return the new window (every command the page may still need).

        Raises
        ------
        QueueFullError
            When :data:`~octocom_streamlit.delivery.MAX_WAITING_COMMANDS` commands already
            wait for a widget that was never displayed.

        Examples
        --------
        >>> from octocom_streamlit.commands import OpenChat
        >>> from octocom_streamlit.protocol.contract import OpenChatEvent
        >>> [e["seq"] for e in Outbox().push(OpenChat(OpenChatEvent.create("Hi")))]
        [1]
        """
        try:
            self.queue.push(command)
        except QueueFullError:
            raise QueueFullError(
                f"{MAX_WAITING_COMMANDS} commands already wait for a ChatWidget that was never "
                "displayed: display it (put the widget last in a cell) so they can be delivered"
            ) from None
        return self.window()

    def window(self) -> list[dict[str, Any]]:
        """Return the envelopes the browser gets now (the queue as it stands)."""
        return [queued.wire() for queued in self.queue.commands]

    @property
    def newest_seq(self) -> int:
        """The sequence number of the last command queued (0 before any)."""
        return self.queue.next_seq - 1

    def delivered(self, seq: int) -> list[dict[str, Any]] | None:
        """Record that the page delivered ``seq`` and everything before it.

        Parameters
        ----------
        seq : int
            The sequence number of the last command the page executed.

        Returns
        -------
        list of dict or None
            The aged window once the page has everything queued so far (waiting
            commands count as drawn from now on, and drawn ones older than the replay
            window leave), or ``None`` while newer commands are still on their way.

        Examples
        --------
        >>> from octocom_streamlit.commands import OpenChat
        >>> from octocom_streamlit.protocol.contract import OpenChatEvent
        >>> outbox = Outbox()
        >>> _ = outbox.push(OpenChat(OpenChatEvent.create("one")))
        >>> _ = outbox.push(OpenChat(OpenChatEvent.create("two")))
        >>> outbox.delivered(1) is None
        True
        >>> [e["seq"] for e in outbox.delivered(2)]
        [1, 2]
        """
        if seq < self.newest_seq:
            return None
        return [queued.wire() for queued in self.queue.take_window()]
