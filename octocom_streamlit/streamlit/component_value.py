"""The Streamlit binding's transport back: which reports of the component value the script has not seen yet.

The component value (:class:`~octocom_streamlit.protocol.reports.ComponentValue`)
persists across reruns: the iframe numbers its reports ``n`` from 1 and keeps the last
``KEPT_EVENTS``; ``instance`` changes when the iframe is recreated.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from octocom_streamlit.protocol.reports import ComponentValue, WidgetEvent
from octocom_streamlit.widget_report import WidgetReport


@dataclass
class ComponentValueCursor:
    """Which reports of which iframe instance the script already saw."""

    instance: str = ""
    last_seen: int = 0

    def read(self, value: Any) -> WidgetReport:
        """Turn the component value into a report whose ``new_events`` this script has not seen."""
        try:
            reported = ComponentValue.model_validate(value)
        except ValidationError:
            return WidgetReport()
        history = []
        for raw in reported.events:
            try:
                history.append(WidgetEvent.model_validate(raw))
            except ValidationError:
                continue  # a report shape this version does not know: skip it
        instance = reported.instance
        if instance != self.instance:
            self.instance, self.last_seen = instance, 0
        new = [report for report in history if report.n > self.last_seen]
        if history:
            self.last_seen = max(self.last_seen, history[-1].n)
        return WidgetReport(new_events=new, history=history)
