"""``open_chat(once=...)`` and the warning for a widget key no widget was drawn with (AppTest)."""

from __future__ import annotations

import logging

import pytest
from streamlit.testing.v1 import AppTest

from octocom_streamlit.commands import OnceIds
from octocom_streamlit.jupyter import ChatWidget
from octocom_streamlit.streamlit.stray_keys import stray_key_message
from tests.support.carriers import carriers


def script_nudge() -> None:
    import streamlit as st

    import octocom_streamlit as oc

    oc.chat_widget()
    oc.open_chat(
        "Can someone help me pick a plan?", delay=5, once=st.session_state.get("nudge", "plan-nudge")
    )
    if st.session_state.get("no_thanks"):
        oc.cancel_pending()


def test_once_sends_the_first_call_only_across_reruns() -> None:
    at = AppTest.from_function(script_nudge).run()
    (sent,) = carriers(at)
    assert sent["delayMs"] == 5000 and sent["seq"] == 1
    for _ in range(3):  # reruns (a close, another widget) make the same call: nothing is sent
        at.run()
        assert carriers(at) == []
    at.session_state["no_thanks"] = True
    at.run()
    assert [c["kind"] for c in carriers(at)] == ["cancel"]
    at.session_state["no_thanks"] = False
    at.run()
    assert carriers(at) == []  # dropped by cancel_pending: stays done
    at.session_state["nudge"] = "plan-nudge-2"  # a new id arms a new nudge
    at.run()
    assert [(c["kind"], c["delayMs"]) for c in carriers(at)] == [("open", 5000)]


def test_without_once_each_run_sends_again() -> None:
    def script() -> None:
        import octocom_streamlit as oc

        oc.chat_widget()
        oc.open_chat("Can someone help me pick a plan?", delay=5)

    at = AppTest.from_function(script).run()
    at.run()
    assert [c["seq"] for c in carriers(at)] == [2]


def test_once_ids_admit_one_call_each() -> None:
    once = OnceIds()
    assert [once.admit("a"), once.admit("a"), once.admit(None), once.admit(None), once.admit("b")] == [
        True,
        False,
        True,
        True,
        True,
    ]


def test_an_invalid_call_does_not_spend_its_once_id() -> None:
    w = ChatWidget()
    with pytest.raises(ValueError):
        w.open_chat("  ", once="welcome")
    w.open_chat("Hello!", once="welcome")
    w.open_chat("Hello!", once="welcome")
    assert [e["detail"]["message"]["content"] for e in w._envelopes] == ["Hello!"]


def script_typo() -> None:
    import streamlit as st

    import octocom_streamlit as oc

    if st.session_state.get("call_first"):
        oc.open_chat("I need help with my order.", key=st.session_state.get("target", "suport"))
    oc.chat_widget(key="support")
    if st.session_state.get("second_widget"):
        oc.chat_widget(key="billing")
    if not st.session_state.get("call_first"):
        oc.open_chat("I need help with my order.", key=st.session_state.get("target", "suport"))


def warnings_of(at: AppTest) -> list[str]:
    return [w.value for w in at.warning]


def test_a_typo_in_the_key_warns_in_the_same_run(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="octocom_streamlit"):
        at = AppTest.from_function(script_typo).run()
    expected = stray_key_message("suport", ["support"])
    assert warnings_of(at) == [expected]
    assert "open_chat(key='suport')" in expected and "'support'" in expected
    assert "Did you mean key='support'?" in expected
    assert [r.getMessage() for r in caplog.records if r.name == "octocom_streamlit"] == [expected]
    at.run()  # still waiting: still shown, logged once
    assert warnings_of(at) == [expected]
    assert len([r for r in caplog.records if r.name == "octocom_streamlit"]) == 1


def test_a_typo_in_a_call_before_the_widget_warns_from_the_first_widget() -> None:
    at = AppTest.from_function(script_typo)
    at.session_state["call_first"] = True
    at.run()
    assert warnings_of(at) == [stray_key_message("suport", ["support"])]


def test_the_right_key_and_a_call_before_its_own_widget_do_not_warn() -> None:
    at = AppTest.from_function(script_typo)
    at.session_state["target"] = "support"
    at.run()
    assert warnings_of(at) == []
    at = AppTest.from_function(script_typo)  # a call for a widget drawn later in the same run
    at.session_state["call_first"] = True
    at.session_state["second_widget"] = True
    at.session_state["target"] = "billing"
    at.run()
    assert warnings_of(at) == []
    at.run()
    assert warnings_of(at) == []


def test_no_warning_before_any_widget_is_drawn() -> None:
    def script() -> None:
        import octocom_streamlit as oc

        oc.open_chat("Hello", key="later")

    at = AppTest.from_function(script).run()
    assert warnings_of(at) == []


def test_the_suggestion_is_the_closest_drawn_key() -> None:
    message = stray_key_message("helpdsk", ["octocom", "helpdesk", "sales"])
    assert "(drawn: 'helpdesk', 'octocom', 'sales')" in message
    assert "Did you mean key='helpdesk'?" in message
    assert "Did you mean" not in stray_key_message("zzz", ["octocom"])


def script_button() -> None:
    import streamlit as st

    import octocom_streamlit as oc

    target = st.session_state.get("target", "helpdesk")
    if st.session_state.get("button_first"):
        oc.chat_button("Ask about this page", "What does this page show?", widget_key=target)
    oc.chat_widget()
    if st.session_state.get("support_widget"):
        oc.chat_widget(key="support")
    if not st.session_state.get("button_first"):
        oc.chat_button("Ask about this page", "What does this page show?", widget_key=target)


def test_a_chat_button_aimed_at_a_widget_not_on_the_page_warns(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="octocom_streamlit"):
        at = AppTest.from_function(script_button).run()
    expected = stray_key_message("helpdesk", ["octocom"], call="chat_button")
    assert warnings_of(at) == [expected]
    assert expected == (
        "chat_button(widget_key='helpdesk') opens nothing: no chat_widget(key='helpdesk') is on this page "
        "(drawn in this run: 'octocom'). Did you mean widget_key='octocom'? A chat_button needs the "
        "widget of its widget_key drawn in the same run."
    )
    assert [r.getMessage() for r in caplog.records if r.name == "octocom_streamlit"] == [expected]
    at.run()  # every run that draws the dead button says so; the server logs it once
    assert warnings_of(at) == [expected]
    assert len([r for r in caplog.records if r.name == "octocom_streamlit"]) == 1


def test_a_chat_button_declared_before_the_widgets_warns_once_they_are_drawn() -> None:
    at = AppTest.from_function(script_button)
    at.session_state["button_first"] = True
    at.session_state["target"] = "suport"
    at.session_state["support_widget"] = True
    at.run()
    # shown when the first widget is drawn, rewritten when the second one is
    assert warnings_of(at) == [stray_key_message("suport", ["octocom", "support"], call="chat_button")]
    assert (
        "(drawn in this run: 'octocom', 'support'). Did you mean widget_key='support'?"
        in (warnings_of(at)[0])
    )


def test_a_chat_button_before_its_own_widget_in_the_same_run_does_not_warn() -> None:
    for button_first in (True, False):
        at = AppTest.from_function(script_button)
        at.session_state["button_first"] = button_first
        at.session_state["target"] = "support"
        at.session_state["support_widget"] = True
        at.run()
        assert warnings_of(at) == []
        at.run()
        assert warnings_of(at) == []
    at = AppTest.from_function(script_button)  # before the default widget, the only one
    at.session_state["button_first"] = True
    at.session_state["target"] = "octocom"
    at.run()
    assert warnings_of(at) == []


def test_two_widgets_with_one_key_raise_an_argument_error_in_the_callers_words() -> None:
    def script() -> None:
        import octocom_streamlit as oc

        oc.chat_widget()
        oc.chat_widget(title="Drawn again")

    at = AppTest.from_function(script).run()
    assert [e.value for e in at.exception] == [
        "chat_widget(key='octocom'): key 'octocom' is already drawn in this run, and each chat_widget "
        "key is drawn once per run. Give each widget its own key (chat_widget(key='support'), aimed at "
        "with open_chat(..., key='support')), or draw the widget once: in a multipage app, in the entry "
        "script that every page runs"
    ]
    assert "octocom-widget-octocom" not in at.exception[0].value  # not Streamlit's element key
    assert at.exception[0].proto.type == "octocom_streamlit.ArgumentError"


def test_one_key_drawn_once_per_run_is_fine_across_reruns_and_keys() -> None:
    def script() -> None:
        import octocom_streamlit as oc

        oc.chat_widget()
        oc.chat_widget(key="support")

    at = AppTest.from_function(script).run()
    assert not at.exception
    at.run()
    assert not at.exception


def test_a_fragment_rerun_keeps_the_widgets_drawn_outside_it_on_the_page() -> None:
    # AppTest reruns whole scripts, so the fragment's own rerun is played on the record itself.
    from octocom_streamlit.streamlit.stray_keys import StrayKeyWarnings

    keys = StrayKeyWarnings()
    keys.new_run(object())  # a full run: the widget "outer", then a fragment with "inner"
    keys.drawing("outer")
    keys.drawing("inner")
    keys.new_run(object(), fragment=True)  # the fragment alone: its widget, and a button for "outer"
    keys.drawing("inner")
    keys.aiming_button("outer")
    keys.check([])
    assert keys.shown == {}
    assert not keys.drawn_in_this_run("outer")  # drawing "outer" again is no duplicate here
    keys.new_run(object())  # a full run that no longer draws "outer": its button is dead
    keys.drawing("inner")
    keys.aiming_button("outer")
    keys.check([])
    assert list(keys.shown) == [("chat_button", "outer")]
