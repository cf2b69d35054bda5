"""Widget events as both bindings hand them to the app: :class:`WidgetEvent` and :class:`WidgetReport`.

The shapes the frontend sends are :mod:`octocom_streamlit.protocol.reports` (one model
per event type); a :class:`WidgetEvent` is one of them, flattened so that every event
has every attribute (``None`` where its type has no such field).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ConfigDict, model_validator

from octocom_streamlit.protocol.envelopes import CommandKind
from octocom_streamlit.protocol.reports import WIDGET_EVENT, StateCause


class WidgetEvent(BaseModel):
    """One thing that happened in the widget.

    Attributes
    ----------
    type : str
        ``"opened"``/``"closed"`` (``by`` is ``"person"`` or ``"event"``),
        ``"customer_message"`` (``content``, typed in the preview widget),
        ``"delivered"`` (``seq`` and ``kind`` of a command the page executed),
        ``"button_clicked"`` (a :func:`chat_button` opened the chat),
        ``"loader_ready"`` or ``"loader_failed"`` (``error``).
    at : int
        Browser time, milliseconds since the epoch.
    """

    model_config = ConfigDict(frozen=True, extra="ignore")

    n: int
    type: str
    at: int
    by: StateCause | None = None
    content: str | None = None
    seq: int | None = None
    kind: CommandKind | None = None
    error: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _is_a_reported_event(cls, data: Any) -> Any:
        """Accept exactly what the frontend reports: one event type's fields (see protocol.reports)."""
        if isinstance(data, dict):
            WIDGET_EVENT.validate_python(data)  # raises ValidationError for an unknown shape
        return data


@dataclass(frozen=True)
class WidgetReport:
    """What :func:`chat_widget` returns: the widget's recent events and state.

    Attributes
    ----------
    new_events : list of WidgetEvent
        Events this script run has not seen before (``on_event`` gets each of them).
    history : list of WidgetEvent
        The last ``KEPT_EVENTS`` (50) events of the mounted widget.
    """

    new_events: list[WidgetEvent] = field(default_factory=list)
    history: list[WidgetEvent] = field(default_factory=list)

    @property
    def is_open(self) -> bool | None:
        """Whether the widget was last seen open (``None`` before any open or close)."""
        for event in reversed(self.history):
            if event.type in ("opened", "closed"):
                return event.type == "opened"
        return None

    @property
    def customer_messages(self) -> list[str]:
        """What a person typed in the preview widget, oldest first (within the history)."""
        return [e.content for e in self.history if e.type == "customer_message" and e.content is not None]

    @property
    def loader_error(self) -> str | None:
        """The loader's error while its last outcome is a failure, else ``None``."""
        for event in reversed(self.history):
            if event.type == "loader_ready":
                return None
            if event.type == "loader_failed":
                return event.error or "unknown error"
        return None
