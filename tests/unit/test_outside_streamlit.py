"""The Streamlit calls outside a Streamlit script run (a notebook, plain Python) say so and send nothing.

pytest's own thread is such a place: no ``streamlit run``, no ``AppTest``, no
``ScriptRunContext``, as in a Jupyter kernel.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

import octocom_streamlit as oc
from octocom_streamlit.streamlit.script_run import not_in_a_run_message
from octocom_streamlit.streamlit.session import STATE_KEY

CALLS: list[tuple[str, Callable[[], Any], str]] = [
    ("open_chat", lambda: oc.open_chat("Hi"), "w.open_chat(...)"),
    ("reply", lambda: oc.reply("Happy to help."), "w.reply(...)"),
    ("cancel_pending", lambda: oc.cancel_pending(), "w.cancel_pending()"),
    ("chat_widget", lambda: oc.chat_widget(), "w = ChatWidget(...)"),
    ("chat_button", lambda: oc.chat_button("Help", "Hi"), "on_click calls w.open_chat(...)"),
]


@pytest.mark.parametrize(("call", "make_call", "instead"), CALLS, ids=[case[0] for case in CALLS])
def test_a_streamlit_call_outside_a_run_raises_and_points_to_chat_widget(
    call: str, make_call: Callable[[], Any], instead: str
) -> None:
    st.session_state.clear()
    with pytest.raises(oc.StreamlitRunRequired) as raised:
        make_call()
    assert str(raised.value) == not_in_a_run_message(call)
    assert str(raised.value).startswith(f"{call}() needs a running Streamlit app: start it with `streamlit")
    assert "octocom_streamlit.jupyter.ChatWidget" in str(raised.value) and instead in str(raised.value)
    assert isinstance(raised.value, RuntimeError)
    assert STATE_KEY not in st.session_state  # nothing queued, no session made up


def test_the_exact_message() -> None:
    assert not_in_a_run_message("open_chat") == (
        "open_chat() needs a running Streamlit app: start it with `streamlit run your_app.py` (or test it "
        "with streamlit.testing.v1.AppTest). It was called outside a Streamlit script run (a notebook, a "
        "Python shell, plain `python`, or a thread Streamlit did not start), where no page shows the chat, "
        "so nothing was sent. In a notebook, use octocom_streamlit.jupyter.ChatWidget: w = ChatWidget(), "
        "show w in a cell, then w.open_chat(...)."
    )


def test_bad_arguments_are_still_named_first_outside_a_run() -> None:
    with pytest.raises(oc.ArgumentError, match=r"^open_chat\(content=12345\)"):
        oc.open_chat(12345)  # type: ignore[arg-type]


def test_the_same_calls_work_in_an_apptest_run() -> None:
    def script() -> None:
        import octocom_streamlit as oc

        oc.chat_widget()
        oc.open_chat("Hi")
        oc.reply("Happy to help.")
        oc.cancel_pending()
        oc.chat_button("Help", "Hi")

    at = AppTest.from_function(script).run()
    assert not at.exception and not at.warning
