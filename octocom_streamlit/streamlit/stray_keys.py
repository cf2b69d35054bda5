"""Warn when a call aims at a widget key that is not drawn: ``open_chat`` waiting, ``chat_button`` dead.

``oc.open_chat("...", key="suport")`` beside ``chat_widget(key="support")`` would
otherwise fail silently: the call waits, and a widget drawn with that key much later
opens at once with a stale message. ``oc.chat_button(..., widget_key="helpdesk")`` with
no such widget on the page is worse: its clicks open nothing, ever. :class:`StrayKeyWarnings`
shows an ``st.warning`` (and logs a line) in the run that makes the mistake:

* a call (``open_chat``, ``reply``, ``cancel_pending``) that waits for a key no
  ``chat_widget`` of this session has ever drawn, while other keys have been drawn;
* a ``chat_button`` whose ``widget_key`` no ``chat_widget`` of this run has drawn, while
  other widgets have been drawn in this run (the button needs its widget on the page,
  and the page is what this run draws; a fragment's rerun keeps what the last full run
  drew outside it).

A call made before its own widget in the same run is legitimate: a ``chat_button``
declared before any widget of the run is checked when the first widget is drawn, and
when the widget of a key is drawn later in the run, a warning about it is taken back
(its placeholder is emptied) before the run ends. The same run record tells
``chat_widget`` that a key is drawn twice in one run.
"""

from __future__ import annotations

import difflib
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

import streamlit as st

LOG = logging.getLogger("octocom_streamlit")

#: The calls that aim at a widget key: commands wait in its queue, a button needs it on the page.
Aimer = Literal["open_chat", "chat_button"]


def stray_key_message(key: str, drawn: Iterable[str], *, call: Aimer = "open_chat") -> str:
    """Return the warning for ``call`` aimed at ``key`` while only the ``drawn`` keys were drawn.

    Parameters
    ----------
    key : str
        The key the call names (``open_chat(key=...)``, ``chat_button(widget_key=...)``).
    drawn : iterable of str
        For ``open_chat``: the keys this session has drawn; for ``chat_button``: the keys
        drawn in this run (the widgets on the page).
    call : "open_chat" or "chat_button"
        Which call aims at ``key``.

    Examples
    --------
    >>> message = stray_key_message("helpdesk", ["octocom"], call="chat_button")
    >>> print(message)  # doctest: +NORMALIZE_WHITESPACE
    chat_button(widget_key='helpdesk') opens nothing: no chat_widget(key='helpdesk') is on this page
    (drawn in this run: 'octocom'). Did you mean widget_key='octocom'? A chat_button needs the widget
    of its widget_key drawn in the same run.
    """
    drawn = sorted(drawn)
    names = ", ".join(repr(name) for name in drawn)
    close = difflib.get_close_matches(key, drawn, n=1, cutoff=0.5)
    if call == "chat_button":
        if not close and len(drawn) == 1:
            close = drawn  # the only widget on the page is the one a button can mean
        hint = f" Did you mean widget_key={close[0]!r}?" if close else ""
        return (
            f"chat_button(widget_key={key!r}) opens nothing: no chat_widget(key={key!r}) is on this page "
            f"(drawn in this run: {names}).{hint} A chat_button needs the widget of its widget_key "
            "drawn in the same run."
        )
    hint = f" Did you mean key={close[0]!r}?" if close else ""
    return (
        f"open_chat(key={key!r}) is waiting for chat_widget(key={key!r}), which this session has not "
        f"drawn (drawn: {names}).{hint} It is delivered when a widget with that key is drawn."
    )


@dataclass
class StrayKeyWarnings:
    """The keys drawn in a session and in the current run, and the warnings shown in this run."""

    drawn: set[str] = field(default_factory=set)
    logged: set[tuple[Aimer, str]] = field(default_factory=set)
    run: object = None
    drawn_in_run: set[str] = field(default_factory=set)
    on_page: set[str] = field(default_factory=set)  # drawn in this run, or kept on the page by a fragment run
    buttons_in_run: set[str] = field(default_factory=set)  # the widget_key of each chat_button of this run
    shown: dict[tuple[Aimer, str], Any] = field(default_factory=dict)  # -> the st.empty() placeholder

    def new_run(self, run: object, *, fragment: bool = False) -> None:
        """Forget what an earlier run drew and showed (``run`` identifies the script run).

        A ``fragment`` run redraws only its fragment: the widgets the last full run drew
        elsewhere stay on the page.
        """
        if run is not self.run:
            self.run, self.shown = run, {}
            self.drawn_in_run, self.buttons_in_run = set(), set()
            self.on_page = set(self.on_page) if fragment else set()

    def drawn_in_this_run(self, key: str) -> bool:
        """Return whether ``chat_widget(key=key)`` was already drawn in this run."""
        return key in self.drawn_in_run

    def drawing(self, key: str) -> None:
        """Record that ``chat_widget(key=key)`` is being drawn; take back this run's warnings about it.

        The warnings about other keys are rewritten, so that they list the keys drawn so far.
        """
        self.drawn.add(key)
        self.drawn_in_run.add(key)
        self.on_page.add(key)
        for call, aimed in list(self.shown):
            placeholder = self.shown[(call, aimed)]
            if aimed == key:
                del self.shown[(call, aimed)]
                placeholder.empty()
            else:
                placeholder.warning(self._message(call, aimed), icon="⚠️")

    def aiming_button(self, widget_key: str) -> None:
        """Record a ``chat_button`` of this run aimed at ``widget_key`` (checked by :meth:`check`)."""
        self.buttons_in_run.add(widget_key)

    def check(self, waiting_keys: Iterable[str]) -> None:
        """Warn about each key with waiting calls, and each button's key, that no widget was drawn with."""
        if self.drawn:  # no widget drawn yet: calls made before the first widget are normal
            for key in waiting_keys:
                if key not in self.drawn:
                    self._warn("open_chat", key)
        if self.on_page:  # buttons declared before the run's first widget are checked when it is drawn
            for key in sorted(self.buttons_in_run - self.on_page):
                self._warn("chat_button", key)

    def _message(self, call: Aimer, key: str) -> str:
        drawn = self.on_page if call == "chat_button" else self.drawn
        return stray_key_message(key, drawn, call=call)

    def _warn(self, call: Aimer, key: str) -> None:
        if (call, key) in self.shown:
            return
        message = self._message(call, key)
        if (call, key) not in self.logged:
            self.logged.add((call, key))
            LOG.warning(message)
        placeholder = st.empty()
        placeholder.warning(message, icon="⚠️")
        self.shown[(call, key)] = placeholder
