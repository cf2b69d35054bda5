"""Widget events a notebook page reports, as the same :class:`WidgetEvent` objects as in Streamlit."""

from __future__ import annotations

from collections import deque
from typing import Any

from pydantic import ValidationError

from octocom_streamlit.protocol.reports import WidgetEvent
from octocom_streamlit.widget_report import WidgetReport

#: Most events a ChatWidget keeps in its history (the oldest leave first).
MAX_HISTORY = 500


class EventLog:
    """Numbers incoming events (``n`` from 1, in arrival order) and keeps the recent ones.

    Examples
    --------
    >>> log = EventLog()
    >>> log.add({"type": "customer_message", "content": "Hi", "at": 0}).n
    1
    >>> log.report().customer_messages
    ['Hi']
    """

    def __init__(self) -> None:
        self._events: deque[WidgetEvent] = deque(maxlen=MAX_HISTORY)
        self._count = 0

    def add(self, raw: Any) -> WidgetEvent | None:
        """Validate one event from the page; ``None`` (nothing kept) for a shape it does not know."""
        if not isinstance(raw, dict):
            return None
        try:
            event = WidgetEvent.model_validate({**raw, "n": self._count + 1})
        except ValidationError:
            return None
        self._count += 1
        self._events.append(event)
        return event

    def history(self) -> list[WidgetEvent]:
        """Return the kept events, oldest first."""
        return list(self._events)

    def report(self) -> WidgetReport:
        """Return the history as a :class:`WidgetReport`.

        Its ``is_open``, ``customer_messages`` and ``loader_error`` read the kept events.
        """
        return WidgetReport(new_events=[], history=self.history())
