"""octocom_streamlit.testing: opened_chats, agent_replies and send_widget_event under AppTest.

These run on both Streamlit versions `make test` covers (1.46.0 and the current one), and
pin the Streamlit behaviours the helpers rely on (octocom_streamlit/streamlit/apptest.py):
AppTest shows the last run's carriers and session state, and a value set in
``at.session_state`` under the component's key reaches ``chat_widget`` in every run after.
The app's own code knows nothing of AppTest: its state holds no test log.
"""

from __future__ import annotations

import ast
import pickle
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import octocom_streamlit
from octocom_streamlit.delivery import MAX_REPLAYED_COMMANDS
from octocom_streamlit.streamlit.placement import element_key
from octocom_streamlit.streamlit.session import STATE_KEY
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
    if step == 4:
        oc.open_chat("For a widget drawn later", key="later")


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
    # A call for a widget no run draws: runs later, the session still holds it for that widget.
    at.session_state["step"] = 4
    at.run()
    at.session_state["step"] = 0
    (later,) = opened_chats(at.run().run(), key="later")
    assert later.message is not None and later.message.content == "For a widget drawn later"


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


def script_sends() -> None:
    import streamlit as st

    import octocom_streamlit as oc

    oc.chat_widget()
    first = st.session_state.get("numbered", 0)  # every call's text is unique in the session
    st.session_state["numbered"] = last = first + st.session_state.pop("send", 0)
    for n in range(first, last):
        oc.open_chat(f"call {n:03}")
        oc.reply(f"reply {n:03}")
    after_clear = st.session_state.pop("send_after_clear", 0)
    if st.session_state.pop("clear", False):
        st.session_state.clear()  # a new delivery state: a new session token, seq from 1
    for n in range(after_clear):
        oc.open_chat(f"after {n}")


def test_commands_that_left_the_window_unseen_raise_instead_of_going_missing() -> None:
    at = AppTest.from_function(script_sends).run()
    at.session_state["send"] = 75  # 150 commands in one run: its carriers show them all
    at.run()
    at.run()  # the widget is drawn with all of them (they waited for it)...
    at.run()  # ...and this run's window keeps the newest 100; no carriers
    with pytest.raises(RuntimeError) as error:
        opened_chats(at)
    message = str(error.value)
    assert "opened_chats: the app's session sent 150 commands to the chat_widget 'octocom'" in message
    assert "commands 1-50 left before a helper of octocom_streamlit.testing saw them" in message
    assert "Call opened_chats (or another helper) after the runs that send" in message
    with pytest.raises(RuntimeError, match=r"agent_replies: .* commands 1-50 left"):
        agent_replies(at)
    assert opened_chats(at, key="other") == []  # another key's stream is whole

    # Read after the run that sent them, the same commands are all there, runs later too.
    at = AppTest.from_function(script_sends).run()
    at.session_state["send"] = 75
    assert len(opened_chats(at.run())) == 75
    assert agent_replies(at.run().run().run()) == [f"reply {n:03}" for n in range(75)]
    assert [e.message.content for e in opened_chats(at) if e.message] == [f"call {n:03}" for n in range(75)]


def test_a_cleared_session_state_starts_a_new_stream_and_both_are_listed() -> None:
    at = AppTest.from_function(script_sends).run()
    at.session_state["send"] = 2
    assert len(opened_chats(at.run())) == 2
    at.session_state["clear"] = True
    at.session_state["send_after_clear"] = 1
    at.run().run()
    contents = [e.message.content for e in opened_chats(at) if e.message]
    assert contents == ["call 000", "call 001", "after 0"]


def test_the_report_is_the_components_value_and_lasts_across_runs() -> None:
    at = AppTest.from_function(script_events).run()
    send_widget_event(at, "opened", by="person")
    send_widget_event(at, "customer_message", content="Hi")
    value = at.session_state[element_key("octocom")]  # where AppTest keeps a widget's value
    assert [event["type"] for event in value["events"]] == ["opened", "customer_message"]
    assert [event["n"] for event in value["events"]] == [1, 2]
    at.run().run().run()  # three runs later, as a browser resends its component value
    report = at.session_state["report"]
    assert report.new_events == [] and report.is_open is True and report.customer_messages == ["Hi"]
    assert [e.type for e in at.session_state["calls"]] == ["opened", "customer_message"]
    send_widget_event(at, "closed", by="person")
    at.run()
    assert [e.n for e in at.session_state["report"].new_events] == [3]
    assert at.session_state["report"].customer_messages == ["Hi"]


def test_the_delivery_state_holds_no_test_log() -> None:
    """What the session keeps is what a served app keeps: the replay window, not every command."""
    at = AppTest.from_function(script_sends).run()
    for sent in (40, 80, 120):
        at.session_state["send"] = 40
        assert len(opened_chats(at.run())) == sent
    send_widget_event(at, "customer_message", content="a message only the iframe holds")
    at.run()
    assert len(widget_args(at)["envelopes"]) == MAX_REPLAYED_COMMANDS + 80  # the drawn ones + the waiting
    state = pickle.dumps(at.session_state[STATE_KEY])
    assert b"call 000" not in state and b"reply 029" not in state  # left the window: kept nowhere
    assert b"call 030" in state and b"call 119" in state  # the window, for an iframe that still loads
    assert b"a message only the iframe holds" not in state
    assert len(opened_chats(at)) == len(agent_replies(at)) == 120


def test_no_module_outside_testing_knows_apptest() -> None:
    """Only octocom_streamlit.testing and its implementation import AppTest or read global.appTest."""
    package = Path(octocom_streamlit.__file__).parent
    knowing = []
    for path in sorted(package.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            imported = [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            if isinstance(node, ast.Import):
                imported = [alias.name for alias in node.names]
            reads_flag = isinstance(node, ast.Constant) and node.value == "global.appTest"
            if reads_flag or any(name.startswith("streamlit.testing") for name in imported):
                knowing.append(path.relative_to(package).as_posix())
    assert sorted(set(knowing)) == ["streamlit/apptest.py"]  # testing.py re-exports it
