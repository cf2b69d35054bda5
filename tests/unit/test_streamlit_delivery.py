"""Python-side delivery seen through Streamlit's AppTest (no browser).

AppTest shows the component as a ``component_instance`` element whose
``proto.json_args`` holds the args, and each ``open_chat`` carrier as an ``html``
element in the event container.
"""

from __future__ import annotations

import json

from streamlit.testing.v1 import AppTest

from tests.support.carriers import carriers, widget_args


def script_calls_before_and_after() -> None:
    import streamlit as st

    import octocom_streamlit as oc

    if st.session_state.get("call", True):
        oc.open_chat("before the widget")
    oc.chat_widget()
    if st.session_state.get("call", True):
        oc.open_chat("after the widget", image_url="https://example.com/a.png")


def test_calls_before_and_after_the_widget() -> None:
    at = AppTest.from_function(script_calls_before_and_after).run()
    assert not at.exception
    args = widget_args(at)
    # Drawn after the first call: the args window carries it.
    assert [e["detail"]["message"]["content"] for e in args["envelopes"]] == ["before the widget"]
    # Both calls wrote a carrier at their call site, in order.
    sent = carriers(at)
    assert [c["seq"] for c in sent] == [1, 2]
    assert sent[1]["detail"] == {
        "type": "OPEN_OCTOCOM",
        "message": {"content": "after the widget", "imageUrl": "https://example.com/a.png"},
    }
    assert {c["session"] for c in sent} == {args["session"]}
    assert {c["key"] for c in sent} == {"octocom"}


def test_rerun_without_calls_adds_nothing_new() -> None:
    at = AppTest.from_function(script_calls_before_and_after).run()
    at.session_state["call"] = False
    at.run()
    assert carriers(at) == []
    assert [e["seq"] for e in widget_args(at)["envelopes"]] == [1, 2]  # the replay window only


def script_invalid_call() -> None:
    import streamlit as st

    import octocom_streamlit as oc

    if st.session_state.setdefault("runs", 0) == 0:
        oc.open_chat("queued first")
    st.session_state.runs += 1
    if st.session_state.get("bad"):
        oc.open_chat("x", image_url="javascript:alert(1)")
    oc.chat_widget()


def test_invalid_call_raises_and_keeps_queued_events() -> None:
    at = AppTest.from_function(script_invalid_call).run()
    first = widget_args(at)["envelopes"]
    at.session_state["bad"] = True
    at.run()
    assert at.exception
    assert at.exception[0].message.startswith("open_chat(image_url='javascript:alert(1)'): image_url must be")
    assert "got scheme 'javascript'" in at.exception[0].message
    at.session_state["bad"] = False
    at.run()
    assert widget_args(at)["envelopes"] == first


def script_two_keys() -> None:
    import octocom_streamlit as oc

    oc.open_chat("to a", key="a")
    oc.open_chat("to b", key="b")
    oc.chat_widget(key="a")
    oc.chat_widget(key="b")


def test_keys_have_separate_streams() -> None:
    at = AppTest.from_function(script_two_keys).run()
    a, b = (json.loads(c.proto.json_args) for c in at.get("component_instance"))
    assert [e["detail"]["message"]["content"] for e in a["envelopes"]] == ["to a"]
    assert [e["detail"]["message"]["content"] for e in b["envelopes"]] == ["to b"]
    assert a["envelopes"][0]["seq"] == b["envelopes"][0]["seq"] == 1


def test_sessions_have_their_own_token_and_queue() -> None:
    first = AppTest.from_function(script_calls_before_and_after).run()
    second = AppTest.from_function(script_calls_before_and_after).run()
    assert widget_args(first)["session"] != widget_args(second)["session"]
    assert [e["seq"] for e in widget_args(second)["envelopes"]] == [1]
