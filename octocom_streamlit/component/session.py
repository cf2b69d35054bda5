"""The delivery state of one browser session, kept in ``st.session_state``."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

import streamlit as st

from octocom_streamlit.delivery import DeliveryQueue
from octocom_streamlit.events import EventCursor

_STATE_KEY = "_octocom_streamlit_delivery"


@dataclass
class SessionDelivery:
    """A random session token and one :class:`DeliveryQueue` per widget key.

    The token travels with every event so that the browser remembers what it already
    dispatched per session (a reload starts a new Streamlit session, hence a new token).
    """

    token: str = field(default_factory=lambda: uuid.uuid4().hex)
    queues: dict[str, DeliveryQueue] = field(default_factory=dict)
    cursors: dict[str, EventCursor] = field(default_factory=dict)

    def queue(self, key: str) -> DeliveryQueue:
        """The queue of the widget drawn under ``key`` (created on first use)."""
        return self.queues.setdefault(key, DeliveryQueue())

    def cursor(self, key: str) -> EventCursor:
        """Which widget events of ``key`` the script already saw."""
        return self.cursors.setdefault(key, EventCursor())


def current_session() -> SessionDelivery:
    """This browser session's delivery state."""
    state = st.session_state.get(_STATE_KEY)
    if not isinstance(state, SessionDelivery):
        state = SessionDelivery()
        st.session_state[_STATE_KEY] = state
    return state
