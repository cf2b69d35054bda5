"""octocom_streamlit.testing: opened_chats, agent_replies and send_widget_event under AppTest.

These run on both Streamlit versions `make test` covers (1.46.0 and the current one),
and pin the one Streamlit behaviour the helpers rely on: the ``global.appTest`` option
is set while AppTest runs a script (and only then).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit import config
from streamlit.testing.v1 import AppTest

from octocom_streamlit.commands import OpenChat
from octocom_streamlit.delivery import MAX_REPLAYED_COMMANDS
from octocom_streamlit.protocol.contract import OpenChatEvent
from octocom_streamlit.streamlit.session import SessionDelivery
from octocom_streamlit.testing import EVENT_FIELDS, agent_replies, opened_chats, send_widget_event
from tests.support.carriers import widget_args

APPS = Path(__file__).parent / "apps"


def script_many_calls() -> None:
    import streamlit as st

    import octocom_streamlit as oc
    from octocom_streamlit.delivery import MAX_REPLAYED_COMMANDS

    oc.chat_widget(report="all")
    step = st.session_state.get("step", 0)
    if step == 1:
        oc.open_chat()
        oc.open_chat("Still deciding?", delay=30)
        oc.cancel_pending()
        oc.reply("Happy to help.")
        oc.open_chat("See photo", image_url="https://cdn.example.com/a.png")
    if step == 2:
        oc.open_chat("")  # invalid: raises, sends nothing
    if step == 3:
        for n in range(MAX_REPLAYED_COMMANDS + 20):
            oc.open_chat(f"call {n}")


def test_opened_chats_lists_every_send_in_order_across_runs() -> None:
    at = AppTest.from_function(script_many_calls).run()
    at.session_state["step"] = 1
    at.run()
    contents = [None if e.message is None else e.message.content for e in opened_chats(at)]
    assert contents == [None, "Still deciding?", "See photo"]  # the cancelled delay was sent too
    assert agent_replies(at) == ["Happy to help."]
    at.session_state["step"] = 2
    at.run()
    assert at.exception and "content" in at.exception[0].message
    assert len(opened_chats(at)) == 3  # the failed call sent nothing
    at.session_state["step"] = 3
    at.run()
    sent = opened_chats(at)
    assert len(sent) == 3 + MAX_REPLAYED_COMMANDS + 20
    assert [e.message.content for e in sent[3:] if e.message] == [f"call {n}" for n in range(len(sent) - 3)]
    # Two more runs later the delivery queue has forgotten the oldest: the log is not the queue.
    at.session_state["step"] = 0
    assert len(widget_args(at.run().run())["envelopes"]) == MAX_REPLAYED_COMMANDS
    assert len(opened_chats(at)) == len(sent)
    assert opened_chats(at, key="other") == [] and agent_replies(at, key="other") == []


def script_events() -> None:
    import streamlit as st

    import octocom_streamlit as oc

    report = oc.chat_widget(on_event=lambda event: st.session_state.setdefault("calls", []).append(event))
    st.session_state["report"] = report


def test_send_widget_event_reaches_the_report_and_on_event_once() -> None:
    at = AppTest.from_function(script_events).run()
    assert at.session_state["report"].is_open is None
    send_widget_event(at, "opened", by="person")
    send_widget_event(at, "customer_message", content="Hi")
    at.run()
    report = at.session_state["report"]
    assert [e.type for e in report.new_events] == ["opened", "customer_message"]
    assert report.is_open is True and report.customer_messages == ["Hi"]
    assert [e.type for e in at.session_state["calls"]] == ["opened", "customer_message"]
    at.run()  # a rerun with nothing new reports nothing new
    assert at.session_state["report"].new_events == []
    assert len(at.session_state["calls"]) == 2
    send_widget_event(at, "closed", by="person")
    at.run()
    assert at.session_state["report"].is_open is False
    assert at.session_state["report"].customer_messages == ["Hi"]
    at.run().run()  # the history lasts, as the iframe resends its value with every rerun
    assert at.session_state["report"].customer_messages == ["Hi"] and len(at.session_state["calls"]) == 3


def test_loader_failed_shows_the_warning_until_ready() -> None:
    at = AppTest.from_function(script_events).run()
    send_widget_event(at, "loader_failed", error="HTTP 404 for https://x.example/loader.js")
    at.run()
    assert at.session_state["report"].loader_error == "HTTP 404 for https://x.example/loader.js"
    assert "could not be loaded: HTTP 404" in at.warning[0].value
    send_widget_event(at, "loader_ready")
    at.run()
    assert at.session_state["report"].loader_error is None and not at.warning


def test_only_the_last_50_events_are_kept_like_the_frontend() -> None:
    at = AppTest.from_function(script_events).run()
    for n in range(60):
        send_widget_event(at, "customer_message", content=f"m{n}")
    at.run()
    report = at.session_state["report"]
    assert len(report.new_events) == 50 and report.new_events[0].content == "m10"


@pytest.mark.parametrize(
    ("event_type", "fields", "rule"),
    [
        ("typed", {}, "unknown widget event type 'typed'"),
        ("customer_message", {}, "need the field(s) content"),
        ("opened", {}, "need the field(s) by"),
        ("loader_failed", {}, "need the field(s) error"),
        ("loader_ready", {"error": "x"}, "unexpected field(s): error"),
        ("opened", {"by": "robot"}, "by"),
        ("customer_message", {"content": 3}, "content"),
    ],
)
def test_bad_events_are_refused_with_the_field_and_the_rule(
    event_type: str, fields: dict[str, object], rule: str
) -> None:
    at = AppTest.from_function(script_events).run()
    with pytest.raises(ValueError) as error:
        send_widget_event(at, event_type, **fields)
    assert rule in str(error.value)
    at.run()
    assert at.session_state["report"].new_events == []  # nothing was reported


def test_every_frontend_event_type_is_accepted() -> None:
    values = {"by": "event", "content": "x", "seq": 1, "kind": "open", "error": "e"}
    at = AppTest.from_function(script_events).run()
    for event_type, fields in EVENT_FIELDS.items():
        send_widget_event(at, event_type, **{name: values[name] for name in fields})
    at.run()
    assert [e.type for e in at.session_state["report"].new_events] == list(EVENT_FIELDS)


def test_a_widget_the_last_run_did_not_draw_cannot_report() -> None:
    at = AppTest.from_function(script_events)
    with pytest.raises(ValueError, match="no chat_widget with key 'octocom'"):
        send_widget_event(at, "opened", by="person")  # never ran
    at.run()
    with pytest.raises(ValueError, match="no chat_widget with key 'support'"):
        send_widget_event(at, "opened", by="person", key="support")


def test_multipage_apps_and_several_keys() -> None:
    at = AppTest.from_file(str(APPS / "multipage" / "app.py")).run()
    at.button(key="shop-help").click().run()
    at.switch_page("support.py").run()
    assert not at.exception
    at.button(key="support-ask").click().run()

    def contents(key: str) -> list[str]:
        return [e.message.content for e in opened_chats(at, key=key) if e.message]

    assert contents("octocom") == ["Help from the shop page"]
    assert contents("support") == ["A question for support"]
    assert agent_replies(at, key="support") == ["Support will answer shortly."] and agent_replies(at) == []

    send_widget_event(at, "customer_message", content="to support", key="support")
    send_widget_event(at, "opened", by="person")
    at.run()
    assert at.session_state["support_messages"] == ["to support"]
    assert at.session_state["main_open"] is True
    assert at.session_state["seen"] == ["opened"]  # the main widget's on_event saw only its own event

    at.switch_page("shop.py").run()  # the support widget is gone from the page
    with pytest.raises(ValueError, match="no chat_widget with key 'support'"):
        send_widget_event(at, "customer_message", content="x", key="support")
    at.switch_page("support.py").run()  # back: the simulated widget kept its history (documented)
    send_widget_event(at, "customer_message", content="again", key="support")
    at.run()
    assert at.session_state["support_messages"] == ["to support", "again"]
    assert at.session_state["seen"] == ["opened"]


def script_app_test_flag() -> None:
    import streamlit as st
    from streamlit import config

    st.session_state["flag"] = config.get_option("global.appTest")


def test_a_served_app_keeps_no_log() -> None:
    assert AppTest.from_function(script_app_test_flag).run().session_state["flag"] is True
    session = SessionDelivery()
    assert config.get_option("global.appTest") is False
    session.record_sent("octocom", OpenChat(OpenChatEvent.create("Hi", None)))
    assert session.sent == {}
