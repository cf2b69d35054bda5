"""Widget events reported back to Python through the component value.

The frontend numbers events per iframe (``instance`` changes when the iframe is
recreated) and keeps the last 50; this module turns the value into typed events and
tells which ones the script has not seen yet.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError

EventType = Literal[
    "opened", "closed", "customer_message", "delivered", "button_clicked", "loader_ready", "loader_failed"
]


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
    type: EventType
    at: int
    by: Literal["person", "event"] | None = None
    content: str | None = None
    seq: int | None = None
    kind: str | None = None
    error: str | None = None


@dataclass(frozen=True)
class WidgetReport:
    """What :func:`chat_widget` returns: the widget's recent events and state.

    Attributes
    ----------
    new_events : list of WidgetEvent
        Events this script run has not seen before (``on_event`` gets each of them).
    history : list of WidgetEvent
        The last 50 events of the mounted widget.
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


@dataclass
class EventCursor:
    """Which events of which iframe instance the script already saw."""

    instance: str = ""
    last_seen: int = 0

    def read(self, value: Any) -> WidgetReport:
        if not isinstance(value, dict) or not isinstance(value.get("events"), list):
            return WidgetReport()
        history = []
        for raw in value["events"]:
            try:
                history.append(WidgetEvent.model_validate(raw))
            except ValidationError:
                continue  # an event shape this version does not know: skip it
        instance = str(value.get("instance", ""))
        if instance != self.instance:
            self.instance, self.last_seen = instance, 0
        new = [event for event in history if event.n > self.last_seen]
        if history:
            self.last_seen = max(self.last_seen, history[-1].n)
        return WidgetReport(new_events=new, history=history)
