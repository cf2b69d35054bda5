"""The delivery state of one browser session, kept in ``st.session_state``."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from octocom_streamlit.commands import OnceIds
from octocom_streamlit.delivery import DeliveryQueue
from octocom_streamlit.streamlit.component_value import ComponentValueCursor
from octocom_streamlit.streamlit.stray_keys import StrayKeyWarnings

STATE_KEY = "_octocom_streamlit_delivery"


@dataclass
class SessionDelivery:
    """A random session token and one :class:`DeliveryQueue` per widget key.

    The token travels with every command so that the browser remembers what it already
    dispatched per session (a reload starts a new Streamlit session, hence a new token).
    ``once`` holds the ``open_chat(once=...)`` ids already sent in this session, and
    ``stray_keys`` the keys drawn so far, to warn about calls waiting for a key never drawn.
    """

    token: str = field(default_factory=lambda: uuid.uuid4().hex)
    queues: dict[str, DeliveryQueue] = field(default_factory=dict)
    cursors: dict[str, ComponentValueCursor] = field(default_factory=dict)
    once: OnceIds = field(default_factory=OnceIds)
    stray_keys: StrayKeyWarnings = field(default_factory=StrayKeyWarnings)

    def queue(self, key: str) -> DeliveryQueue:
        """Return the queue of the widget drawn under ``key`` (created on first use)."""
        return self.queues.setdefault(key, DeliveryQueue())

    def cursor(self, key: str) -> ComponentValueCursor:
        """Return the record of which widget events of ``key`` the script already saw."""
        return self.cursors.setdefault(key, ComponentValueCursor())

    def warn_about_stray_keys(self) -> None:
        """Show a warning for each key whose calls wait while no widget of it was ever drawn."""
        self.stray_keys.check(key for key, queue in self.queues.items() if queue.commands)


def _script_run() -> tuple[object, bool]:
    """Return an object that identifies the current script run (each run has fresh cursors).

    And whether the run is a fragment's rerun, which redraws only that fragment.
    """
    ctx = get_script_run_ctx(suppress_warning=True)
    if ctx is None:
        return None, False
    return ctx.cursors, bool(getattr(ctx, "fragment_ids_this_run", None))


def current_session() -> SessionDelivery:
    """Return the delivery state of the current browser session, created on first use."""
    state = st.session_state.get(STATE_KEY)
    if not isinstance(state, SessionDelivery):
        state = SessionDelivery()
        st.session_state[STATE_KEY] = state
    run, fragment = _script_run()
    state.stray_keys.new_run(run, fragment=fragment)
    return state
