"""Test flows that use the chat widget with Streamlit's ``AppTest``: no server, no browser.

``AppTest`` runs the app's script in the test's process, but it has no browser, so
nothing dispatches the widget's ``openChatEvent`` and no person types in the widget.
These helpers read what the app *sent* to the widget, and play the widget's side:

* :func:`opened_chats`: every ``open_chat`` the session sent to a widget, in order.
* :func:`agent_replies`: the texts of every ``reply``.
* :func:`send_widget_event`: the widget reports an event (a customer message, an
  open or close, a loader failure...), which the next ``at.run()`` sees in
  ``chat_widget()``'s :class:`~octocom_streamlit.WidgetReport` and ``on_event``.

An app that opens the chat when a payment fails and answers a question about a
parcel, saved as ``app.py``::

    import streamlit as st
    import octocom_streamlit as oc


    def answer(event):
        if event.type == "customer_message" and "parcel" in event.content:
            oc.reply("It left our warehouse this morning.")


    oc.chat_widget(on_event=answer)
    if st.button("Pay", key="pay"):
        oc.open_chat("Checkout failed: card declined")

and its test, beside it (this module's examples run against that ``app.py``):

>>> from streamlit.testing.v1 import AppTest
>>> from octocom_streamlit.testing import agent_replies, opened_chats, send_widget_event
>>> at = AppTest.from_file("app.py").run()
>>> _ = at.button(key="pay").click().run()
>>> [event.message.content for event in opened_chats(at)]
['Checkout failed: card declined']
>>> send_widget_event(at, "customer_message", content="Where is my parcel?")
>>> _ = at.run()
>>> agent_replies(at)
['It left our warehouse this morning.']

How it works: while a script runs under ``AppTest`` (Streamlit's ``global.appTest``
option is set), ``open_chat``, ``reply`` and ``cancel_pending`` also append what
they send to a log in the session's delivery state (``st.session_state``), which the
readers below return; a served app keeps no such log. :func:`send_widget_event`
plays the widget's iframe: it keeps the value the iframe would report
(``{"instance": ..., "events": [...]}``, the last ``KEPT_EVENTS`` numbered events) in the same
state, and ``chat_widget`` reads it where a browser's component value would be (AppTest
has no browser, so the component's own value is always ``None`` there). Nothing else
of Streamlit's internals is used. One difference from a browser: a widget that leaves
the page and comes back keeps its simulated history (a browser's new iframe starts
afresh).
"""

from __future__ import annotations

import json
import time
import uuid
from typing import Any

from pydantic import TypeAdapter
from streamlit.testing.v1 import AppTest

from octocom_streamlit.commands import AgentReply, OpenChat, WidgetCommand
from octocom_streamlit.protocol.constants import DEFAULT_KEY, KEPT_EVENTS
from octocom_streamlit.protocol.contract import OpenChatEvent
from octocom_streamlit.protocol.envelopes import ComponentArgs
from octocom_streamlit.protocol.reports import EVENT_FIELDS, WidgetEvent
from octocom_streamlit.rules import WidgetKey
from octocom_streamlit.streamlit.session import STATE_KEY, SessionDelivery

__all__ = ["EVENT_FIELDS", "agent_replies", "opened_chats", "send_widget_event"]


def _widget_key(key: object) -> str:
    return TypeAdapter(WidgetKey).validate_python(key)


def _delivery_state(at: AppTest) -> SessionDelivery:
    try:
        state = at.session_state[STATE_KEY]
    except KeyError:
        return SessionDelivery()  # the script never called the widget API: nothing was sent
    if not isinstance(state, SessionDelivery):
        raise TypeError(f"st.session_state[{STATE_KEY!r}] is not octocom_streamlit's delivery state")
    return state


def _sent(at: AppTest, key: str) -> list[WidgetCommand]:
    return list(_delivery_state(at).sent.get(_widget_key(key), []))


def opened_chats(at: AppTest, *, key: str = DEFAULT_KEY) -> list[OpenChatEvent]:
    """Return every ``open_chat`` the app's session sent to the widget ``key`` so far.

    In call order, across all runs of ``at``; delayed opens are included, also when a
    later ``cancel_pending`` dropped them (they were sent). Calls that raised sent
    nothing and are not listed.

    Parameters
    ----------
    at : streamlit.testing.v1.AppTest
        The app under test, after at least one ``at.run()``.
    key : str
        The ``key`` of the :func:`~octocom_streamlit.chat_widget` the calls targeted.

    Returns
    -------
    list of OpenChatEvent
        ``.message`` is ``None`` for an open without a message; ``.detail()`` is what
        the page dispatches.

    Examples
    --------
    With the ``app.py`` of this module's example:

    >>> at = AppTest.from_file("app.py").run()
    >>> opened_chats(at)
    []
    >>> _ = at.button(key="pay").click().run()
    >>> [event.detail() for event in opened_chats(at)]
    [{'type': 'OPEN_OCTOCOM', 'message': {'content': 'Checkout failed: card declined'}}]
    """
    return [command.event for command in _sent(at, key) if isinstance(command, OpenChat)]


def agent_replies(at: AppTest, *, key: str = DEFAULT_KEY) -> list[str]:
    """Return the texts of every ``reply`` the app's session sent to the widget ``key``, in order.

    Parameters
    ----------
    at : streamlit.testing.v1.AppTest
        The app under test, after at least one ``at.run()``.
    key : str
        The ``key`` of the :func:`~octocom_streamlit.chat_widget` the replies targeted.

    Returns
    -------
    list of str

    Examples
    --------
    With the ``app.py`` of this module's example, which replies to a question about a parcel:

    >>> at = AppTest.from_file("app.py").run()
    >>> send_widget_event(at, "customer_message", content="Where is my parcel?")
    >>> _ = at.run()
    >>> agent_replies(at)
    ['It left our warehouse this morning.']
    """
    return [command.content for command in _sent(at, key) if isinstance(command, AgentReply)]


_WIDGET_KEY_ARG = ComponentArgs.model_fields["widget_key"].alias


def _drawn_widget_keys(at: AppTest) -> list[str]:
    keys = []
    for element in at.get("component_instance"):
        try:
            args = json.loads(element.proto.json_args)
        except (AttributeError, ValueError):
            continue
        key = args.get(_WIDGET_KEY_ARG) if isinstance(args, dict) else None
        if isinstance(key, str):
            keys.append(key)
    return keys


def send_widget_event(at: AppTest, type: str, *, key: str = DEFAULT_KEY, **fields: Any) -> None:
    """Report a widget event, as the widget's iframe does when a person uses it.

    The next ``at.run()`` sees the event in the :class:`~octocom_streamlit.WidgetReport`
    that :func:`~octocom_streamlit.chat_widget` returns (``new_events``,
    ``customer_messages``, ``is_open``, ``loader_error``) and passes it to its
    ``on_event`` callback, exactly once. Several events sent before one run arrive
    together, in order.

    Parameters
    ----------
    at : streamlit.testing.v1.AppTest
        The app under test; its last run must have drawn the widget ``key``.
    type : str
        One of ``EVENT_FIELDS``: ``"opened"``/``"closed"`` (field ``by``: ``"person"``
        or ``"event"``), ``"customer_message"`` (``content``), ``"delivered"``
        (``seq``, ``kind``), ``"button_clicked"``, ``"loader_ready"``,
        ``"loader_failed"`` (``error``).
    key : str
        The ``key`` of the widget that reports the event.
    **fields
        The event's fields: exactly those its type carries.

    Raises
    ------
    ValueError
        For an unknown ``type``, a missing or unexpected field, a field value the
        widget never sends, or a widget ``key`` the last run did not draw.

    Examples
    --------
    With the ``app.py`` of this module's example:

    >>> at = AppTest.from_file("app.py").run()
    >>> send_widget_event(at, "opened", by="person")
    >>> send_widget_event(at, "customer_message", content="Hi")
    >>> _ = at.run()
    >>> send_widget_event(at, "loader_failed", error="HTTP 404")
    >>> _ = at.run()
    >>> at.warning[0].value
    'The Octocom widget could not be loaded: HTTP 404. Open requests are kept and delivered once it loads.'
    >>> send_widget_event(at, "opened")
    Traceback (most recent call last):
    ValueError: 'opened' events need the field(s) by; got none
    """
    key = _widget_key(key)
    if type not in EVENT_FIELDS:
        raise ValueError(f"type: unknown widget event type {type!r}; expected one of {sorted(EVENT_FIELDS)}")
    expected = EVENT_FIELDS[type]
    missing = [name for name in expected if name not in fields]
    if missing:
        given = ", ".join(sorted(fields)) or "none"
        raise ValueError(f"{type!r} events need the field(s) {', '.join(missing)}; got {given}")
    extra = sorted(set(fields) - set(expected))
    if extra:
        allowed = ", ".join(expected) or "no fields"
        raise ValueError(f"{type!r} events carry {allowed}; unexpected field(s): {', '.join(extra)}")
    drawn = _drawn_widget_keys(at)
    if key not in drawn:
        raise ValueError(
            f"key: the last run drew no chat_widget with key {key!r} (drawn: {drawn or 'none'}); "
            "run the app first, and report events only for a widget on the page"
        )

    state = _delivery_state(at)
    current = state.test_reports.get(key)
    if current is not None:
        instance, events = str(current["instance"]), list(current["events"])
    else:  # the first event of this widget in this session: numbered from 1
        instance, events = f"apptest-{uuid.uuid4().hex[:10]}", []
    number = max((int(event["n"]) for event in events), default=0) + 1
    event = {"type": type, **fields, "n": number, "at": int(time.time() * 1000)}
    try:
        WidgetEvent.model_validate(event)
    except Exception as error:
        raise ValueError(f"{type!r} event: {error}") from None
    state.test_reports[key] = {"instance": instance, "events": [*events, event][-KEPT_EVENTS:]}
