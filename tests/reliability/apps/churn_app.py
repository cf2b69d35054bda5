"""Exactly once under churn: each rerun performs one step of a seeded plan.

Query: ``seed``, ``steps``, ``calls`` (see tests/reliability/churn_plan.py). The page
shows ``step: N`` when the full run of step N ended and ``fragment-step: N`` when a
fragment run of step N ended.
"""

import streamlit as st

import octocom_streamlit as oc
from tests.reliability.churn_plan import make_plan

params = st.query_params
plan = make_plan(
    int(params.get("seed", "0")), int(params.get("steps", "200")), int(params.get("calls", "1000"))
)
state = st.session_state
state.setdefault("step", 0)
state.setdefault("performed", 0)
state.runs = state.get("runs", 0) + 1


def perform(where: str) -> None:
    """Make the calls of the current step if they belong here and were not made yet."""
    step = state.step
    if 0 < step <= len(plan) and step > state.performed and plan[step - 1].where == where:
        state.performed = step
        for call in plan[step - 1].calls:
            oc.open_chat(call.content, call.image_url)


def advance(where: str) -> None:
    state.step += 1
    perform(where)


perform("before")
oc.chat_widget()
perform("after")
st.button("Next", on_click=advance, args=("callback",))


@st.fragment
def fragment() -> None:
    st.button("Next in fragment", on_click=advance, args=("fragment_callback",))
    perform("fragment")
    st.caption(f"fragment-step: {state.step} fragment-finished")


fragment()
st.caption(f"step: {state.step} runs: {state.runs} script-finished")
