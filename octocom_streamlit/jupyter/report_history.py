"""A ChatWidget's history: the reports its pages sent, as :class:`WidgetEvent` objects (as in Streamlit).

The app-facing view of the Jupyter binding (``ChatWidget.history``, ``is_open``...);
:mod:`~octocom_streamlit.jupyter.reports_trait` is the transport that brings the reports.
"""

from __future__ import annotations

from collections import deque
from typing import Any

from pydantic import ValidationError

from octocom_streamlit.protocol.reports import WidgetEvent
from octocom_streamlit.widget_report import WidgetReport

#: Most reports a ChatWidget keeps in its history (the oldest leave first).
MAX_HISTORY = 500


class ReportHistory:
    """Numbers incoming reports (``n`` from 1, in arrival order) and keeps the recent ones.

    Examples
    --------
    >>> log = ReportHistory()
    >>> log.add({"type": "customer_message", "content": "Hi", "at": 0}).n
    1
    >>> log.report().customer_messages
    ['Hi']
    """

    def __init__(self) -> None:
        self._reports: deque[WidgetEvent] = deque(maxlen=MAX_HISTORY)
        self._count = 0

    def add(self, raw: Any) -> WidgetEvent | None:
        """Validate one report from the page; ``None`` (nothing kept) for a shape it does not know."""
        if not isinstance(raw, dict):
            return None
        try:
            report = WidgetEvent.model_validate({**raw, "n": self._count + 1})
        except ValidationError:
            return None
        self._count += 1
        self._reports.append(report)
        return report

    def history(self) -> list[WidgetEvent]:
        """Return the kept reports, oldest first."""
        return list(self._reports)

    def report(self) -> WidgetReport:
        """Return the history as a :class:`WidgetReport`.

        Its ``is_open``, ``customer_messages`` and ``loader_error`` read the kept reports.
        """
        return WidgetReport(new_events=[], history=self.history())
