"""The session's event log, shared by the gallery's pages (demo code, not the library)."""

from __future__ import annotations

from datetime import datetime

import streamlit as st

import octocom_streamlit as oc

_KEY = "gallery_event_log"


def _entries() -> list[dict[str, str]]:
    return st.session_state.setdefault(_KEY, [])  # type: ignore[no-any-return]


def open_chat(source: str, content: str | None = None, **kwargs: object) -> oc.OpenChatEvent:
    """``oc.open_chat`` that also writes the call to the session's log."""
    event = oc.open_chat(content, **kwargs)  # type: ignore[arg-type]
    message = event.message
    text = "(opens without a message)" if message is None else message.content
    if message is not None and message.image_url:
        text += " [+ image]"
    _append(source, "open_chat", text)
    return event


def _append(source: str, what: str, detail: str) -> None:
    now = datetime.now().strftime("%H:%M:%S")
    _entries().append({"time": now, "from": source, "what": what, "detail": detail})


def widget_event(event: oc.WidgetEvent) -> None:
    """``on_event`` callback of the gallery's widget."""
    if event.type == "delivered":
        return
    detail = event.content or event.error or (f"by {event.by}" if event.by else "")
    _append("widget", event.type, detail)


def show(limit: int = 12) -> None:
    entries = _entries()[-limit:]
    if entries:
        st.dataframe(list(reversed(entries)), hide_index=True, use_container_width=True)
    else:
        st.caption("Nothing yet: use a demo page, or open the widget in the corner.")
