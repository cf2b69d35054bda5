"""Warn when ``open_chat`` waits for a widget key that this session never drew (a typo).

``oc.open_chat("...", key="suport")`` beside ``chat_widget(key="support")`` would
otherwise fail silently: the call waits, and a widget drawn with that key much later
opens at once with a stale message. :class:`StrayKeyWarnings` shows an ``st.warning``
(and logs a line) as soon as a call waits for a key that no ``chat_widget`` of this
session has ever drawn while other keys have been drawn. A call made before its own
widget in the same run is legitimate: when that widget is drawn later in the run, the
warning is taken back (the placeholder is emptied) before the run ends.
"""

from __future__ import annotations

import difflib
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import streamlit as st

LOG = logging.getLogger("octocom_streamlit")


def stray_key_message(key: str, drawn: Iterable[str]) -> str:
    """Return the warning for calls waiting for ``key`` while only ``drawn`` keys were drawn."""
    drawn = sorted(drawn)
    names = ", ".join(repr(name) for name in drawn)
    close = difflib.get_close_matches(key, drawn, n=1, cutoff=0.5)
    hint = f" Did you mean key={close[0]!r}?" if close else ""
    return (
        f"open_chat(key={key!r}) is waiting for chat_widget(key={key!r}), which this session has not "
        f"drawn (drawn: {names}).{hint} It is delivered when a widget with that key is drawn."
    )


@dataclass
class StrayKeyWarnings:
    """The keys drawn in a session and the warnings shown in the current run."""

    drawn: set[str] = field(default_factory=set)
    logged: set[str] = field(default_factory=set)
    run: object = None
    shown: dict[str, Any] = field(default_factory=dict)  # key -> the st.empty() placeholder of this run

    def new_run(self, run: object) -> None:
        """Forget the placeholders of an earlier run (``run`` identifies the script run)."""
        if run is not self.run:
            self.run, self.shown = run, {}

    def drawing(self, key: str) -> None:
        """Record that ``chat_widget(key=key)`` is being drawn; take back this run's warning about it."""
        self.drawn.add(key)
        placeholder = self.shown.pop(key, None)
        if placeholder is not None:
            placeholder.empty()

    def check(self, waiting_keys: Iterable[str]) -> None:
        """Warn about each key with waiting calls that no widget of this session has drawn."""
        if not self.drawn:
            return  # no widget drawn yet: calls made before the first widget are normal
        for key in waiting_keys:
            if key in self.drawn or key in self.shown:
                continue
            message = stray_key_message(key, self.drawn)
            if key not in self.logged:
                self.logged.add(key)
                LOG.warning(message)
            placeholder = st.empty()
            placeholder.warning(message, icon="⚠️")
            self.shown[key] = placeholder
