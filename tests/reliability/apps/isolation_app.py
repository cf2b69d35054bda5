"""Isolation: every browser session makes its own calls, named after ``?who=``.

Burst ``b`` makes ``1 + b % 3`` calls, ``"<who>|<b>|<i>"``: half of them from the
script body, the rest from the button's ``on_click`` callback.
"""

import streamlit as st

import octocom_streamlit as oc

who = st.query_params.get("who", "nobody")
state = st.session_state
state.setdefault("burst", 0)


def burst_calls(burst: int) -> list[str]:
    return [f"{who}|{burst}|{i}" for i in range(1 + burst % 3)]


def on_burst() -> None:
    state.burst += 1
    first = burst_calls(state.burst)[:1]
    for content in first:
        oc.open_chat(content)


oc.chat_widget()
if st.button("Burst", on_click=on_burst):
    for content in burst_calls(state.burst)[1:]:
        oc.open_chat(content)
st.caption(f"who: {who} burst: {state.burst} script-finished")
