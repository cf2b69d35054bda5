"""The Streamlit binding under ``AppTest``: what :mod:`octocom_streamlit.testing` does.

Nothing else in the package knows ``AppTest``: the binding runs the same code under
``AppTest`` as under ``streamlit run``, and this module reads what it left behind and
plays the widget's iframe, through what a test itself can reach (``at.get(...)``,
``at.session_state``).

**What the app sent.** ``AppTest`` keeps the elements of its last run only. In them,
every command that run sent left its carrier at its call site (an ``st.html`` element whose
:data:`~octocom_streamlit.protocol.constants.COMMAND_ATTRIBUTE` holds a
:class:`~octocom_streamlit.protocol.envelopes.CarrierPayload`: session token, widget key,
envelope). Across runs, the session's delivery state (``st.session_state``) keeps per
widget key the commands a widget may still need (:mod:`octocom_streamlit.delivery`: until
a widget of the key is drawn, then ``REPLAY_SECONDS``, the newest
``MAX_REPLAYED_COMMANDS``) and numbers them: ``next_seq`` says how many it sent. Those
kept commands are what the component args hand a widget drawn now, so the args add
nothing to them; and unlike the args they are there for a key no run draws. Each helper
call merges the carriers and the kept commands into a record per ``AppTest`` object, by
session token, widget key and ``seq``, and the readers return that record. A number from
1 up to what the session sent that the record lacks means that a command left before any
helper call saw it: the reader raises ``RuntimeError`` naming the missing numbers instead
of returning less than was sent. (A session state the app cleared started a new token;
the earlier token's commands stay in the record, checked from 1 to the last one seen.)

**What the widget reports.** A browser's iframe reports with its component value, which
the browser resends with every rerun. ``AppTest`` has no browser (the value is ``None``),
so :func:`send_widget_event` puts the value where ``AppTest`` keeps widget values:
``at.session_state`` under the component's key (``placement.element_key``). It first
deletes the key, so that Streamlit forgets which widget the key names and keeps the value
as a session-state entry, which no run drops, rather than as that widget's state, which
Streamlit 1.46's ``AppTest`` drops after one run (it sends back only the values of the
widgets its element tree knows, and a component is not one). ``chat_widget`` gets the
value as its component's value in every run after, on every supported version; so it
also stays while the widget leaves the page and comes back (a browser's new iframe would
start afresh).
"""

from __future__ import annotations

import contextlib
import html
import json
import re
import time
import uuid
import weakref
from typing import Any

from pydantic import ValidationError
from streamlit.testing.v1 import AppTest

from octocom_streamlit.arguments import validate_call
from octocom_streamlit.commands import CallArguments
from octocom_streamlit.delivery import MAX_REPLAYED_COMMANDS, REPLAY_SECONDS
from octocom_streamlit.protocol.constants import COMMAND_ATTRIBUTE, DEFAULT_KEY, KEPT_EVENTS
from octocom_streamlit.protocol.contract import OpenChatEvent
from octocom_streamlit.protocol.envelopes import (
    CarrierPayload,
    ComponentArgs,
    Envelope,
    OpenEnvelope,
    ReplyEnvelope,
)
from octocom_streamlit.protocol.reports import EVENT_FIELDS, ComponentValue, WidgetEvent
from octocom_streamlit.rules import WidgetKey
from octocom_streamlit.streamlit.placement import element_key
from octocom_streamlit.streamlit.session import STATE_KEY, SessionDelivery

__all__ = ["EVENT_FIELDS", "agent_replies", "opened_chats", "send_widget_event"]

#: One ordered stream of commands: the envelopes seen so far, by ``seq``.
_Stream = dict[int, Envelope]

#: Per ``AppTest`` object: every stream seen, by (session token, widget key), in the order first seen.
_SEEN: weakref.WeakKeyDictionary[AppTest, dict[tuple[str, str], _Stream]] = weakref.WeakKeyDictionary()

_CARRIER = re.compile(rf'{COMMAND_ATTRIBUTE}="([^"]*)"')


def _delivery_state(at: AppTest) -> SessionDelivery | None:
    try:
        state = at.session_state[STATE_KEY]
    except KeyError:
        return None  # the script never called the widget API (or never ran): nothing was sent
    if not isinstance(state, SessionDelivery):
        raise TypeError(f"st.session_state[{STATE_KEY!r}] is not octocom_streamlit's delivery state")
    return state


def _carriers(at: AppTest) -> list[CarrierPayload]:
    """Return the carriers of the last run, in the order they were written."""
    found = []
    for element in at.get("html"):
        match = _CARRIER.search(getattr(element.proto, "body", ""))
        if match:
            found.append(CarrierPayload.model_validate_json(html.unescape(match.group(1))))
    return found


def _observe(at: AppTest) -> tuple[dict[tuple[str, str], _Stream], SessionDelivery | None]:
    """Merge what the last run shows into the record of ``at``; return it and the delivery state."""
    seen = _SEEN.setdefault(at, {})
    for carrier in _carriers(at):
        seen.setdefault((carrier.session, carrier.key), {}).setdefault(carrier.envelope.seq, carrier.envelope)
    state = _delivery_state(at)
    if state is not None:
        for key, queue in state.queues.items():
            stream = seen.setdefault((state.token, key), {})
            for queued in queue.commands:
                stream.setdefault(queued.seq, queued.envelope)
    return seen, state


def _ranges(numbers: list[int]) -> str:
    """``[2, 3, 4, 7]`` -> ``"2-4, 7"``."""
    spans: list[list[int]] = []
    for number in numbers:
        if spans and number == spans[-1][1] + 1:
            spans[-1][1] = number
        else:
            spans.append([number, number])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in spans)


class _Key(CallArguments):
    key: WidgetKey


def _widget_key(call: str, key: object) -> str:
    return validate_call(call, _Key, {"key": key}).key


def _sent(at: AppTest, key: str, reader: str) -> list[Envelope]:
    """Every envelope the session sent to the widget ``key``, in order; raise on a gap."""
    key = _widget_key(reader, key)
    seen, state = _observe(at)
    envelopes: list[Envelope] = []
    for (token, stream_key), stream in seen.items():
        if stream_key != key:
            continue
        if state is not None and token == state.token and key in state.queues:
            numbered = state.queues[key].next_seq - 1  # the session says how many it sent
        else:  # an earlier session of this AppTest (the app cleared st.session_state)
            numbered = max(stream, default=0)
        missing = [seq for seq in range(1, numbered + 1) if seq not in stream]
        if missing:
            which = f"command{'s' if len(missing) > 1 else ''} {_ranges(missing)}"
            raise RuntimeError(
                f"{reader}: the app's session sent {numbered} commands to the chat_widget {key!r}, and "
                f"{which} left before a helper of octocom_streamlit.testing saw them. AppTest keeps "
                "only the last run's elements, and the session keeps a command only until its widget "
                f"is drawn, then for {REPLAY_SECONDS:g} s and among the newest {MAX_REPLAYED_COMMANDS}. "
                f"Call {reader} (or another helper) after the runs that send: right after a run that "
                f"sends more than {MAX_REPLAYED_COMMANDS} commands, and before more than "
                f"{REPLAY_SECONDS:g} s go by"
            )
        envelopes.extend(stream[seq] for seq in sorted(stream))
    return envelopes


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

    Raises
    ------
    RuntimeError
        When commands the session sent left its replay window before any helper call
        saw them (see :mod:`octocom_streamlit.testing`): call a helper after the runs
        that send.

    Examples
    --------
    With the ``app.py`` of :mod:`octocom_streamlit.testing`'s example:

    >>> at = AppTest.from_file("app.py").run()
    >>> opened_chats(at)
    []
    >>> _ = at.button(key="pay").click().run()
    >>> [event.detail() for event in opened_chats(at)]
    [{'type': 'OPEN_OCTOCOM', 'message': {'content': 'Checkout failed: card declined'}}]
    """
    sent = _sent(at, key, "opened_chats")
    return [envelope.detail for envelope in sent if isinstance(envelope, OpenEnvelope)]


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

    Raises
    ------
    RuntimeError
        When commands the session sent left its replay window before any helper call
        saw them, as :func:`opened_chats`.

    Examples
    --------
    With the ``app.py`` of :mod:`octocom_streamlit.testing`'s example, which replies to
    a question about a parcel:

    >>> at = AppTest.from_file("app.py").run()
    >>> send_widget_event(at, "customer_message", content="Where is my parcel?")
    >>> _ = at.run()
    >>> agent_replies(at)
    ['It left our warehouse this morning.']
    """
    sent = _sent(at, key, "agent_replies")
    return [envelope.reply.content for envelope in sent if isinstance(envelope, ReplyEnvelope)]


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


def _component_value(at: AppTest, key: str) -> ComponentValue | None:
    try:
        value = at.session_state[element_key(key)]
    except KeyError:
        return None
    try:
        return ComponentValue.model_validate(value)
    except ValidationError:
        return None  # no report yet (None)


def send_widget_event(at: AppTest, type: str, *, key: str = DEFAULT_KEY, **fields: Any) -> None:
    """Report a widget event, as the widget's iframe does when a person uses it.

    The next ``at.run()`` sees the event in the :class:`~octocom_streamlit.WidgetReport`
    that :func:`~octocom_streamlit.chat_widget` returns (``new_events``,
    ``customer_messages``, ``is_open``, ``loader_error``) and passes it to its
    ``on_event`` callback, exactly once; the runs after keep it in the report's
    ``history``. Several events sent before one run arrive together, in order.

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
    With the ``app.py`` of :mod:`octocom_streamlit.testing`'s example:

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
    key = _widget_key("send_widget_event", key)
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
    _observe(at)  # the last run's carriers: its sends stay listed whatever runs follow

    current = _component_value(at, key)
    if current is not None:
        instance, events = current.instance, list(current.events)
    else:  # the first event of this widget: numbered from 1
        instance, events = f"apptest-{uuid.uuid4().hex[:10]}", []
    number = max((n for n in (event.get("n") for event in events) if isinstance(n, int)), default=0) + 1
    event = {"type": type, **fields, "n": number, "at": int(time.time() * 1000)}
    try:
        WidgetEvent.model_validate(event)
    except Exception as error:
        raise ValueError(f"{type!r} event: {error}") from None
    value = {"instance": instance, "events": [*events, event][-KEPT_EVENTS:]}
    with contextlib.suppress(KeyError):  # forget the key's widget id: the value stays session state
        del at.session_state[element_key(key)]
    at.session_state[element_key(key)] = value
