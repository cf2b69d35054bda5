"""What both bindings hand the app about a widget: :class:`WidgetReport`, made of :class:`WidgetEvent`.

:class:`WidgetEvent` is defined with the other report shapes in
:mod:`octocom_streamlit.protocol.reports`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from octocom_streamlit.protocol.reports import WidgetEvent


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
