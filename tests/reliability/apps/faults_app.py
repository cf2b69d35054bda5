"""Faults: calls numbered per server generation (``$OCTOCOM_GENERATION``) and session.

With ``$OCTOCOM_TEST_LOADER_BASE`` set, the widget is the real-widget path: the
loader script ``?script=`` (default ``flaky.js``) from that base (tests/support/loader_server.py).

``?replay=<seconds>`` shortens the replay window of the args (``REPLAY_SECONDS``, 30 s)
for this server, so a test can outlast it in seconds.

"Call" makes one call; "Call in fragment" makes one from a fragment rerun; "Call x3"
makes three. Content: ``"gen<G> <session> #<n>"``, where ``<session>`` is the first
characters of a random id kept in session state.
"""

import os
import uuid

import streamlit as st

import octocom_streamlit as oc
import octocom_streamlit.delivery as delivery

if "replay" in st.query_params:
    delivery.REPLAY_SECONDS = float(st.query_params["replay"])

generation = os.environ.get("OCTOCOM_GENERATION", "1")
state = st.session_state
state.setdefault("session", uuid.uuid4().hex[:6])
state.setdefault("calls", 0)
state.runs = state.get("runs", 0) + 1


def call() -> None:
    state.calls += 1
    oc.open_chat(f"gen{generation} {state.session} #{state.calls}")


loader_base = os.environ.get("OCTOCOM_TEST_LOADER_BASE")
if loader_base:
    script = st.query_params.get("script", "flaky.js")
    report = oc.chat_widget(loader=f'<script src="{loader_base}/{script}"></script>', loader_timeout=2.0)
    st.caption(f"loader error: {report.loader_error}")
else:
    oc.chat_widget()
if st.button("Call"):
    call()
if st.button("Call x3"):
    for _ in range(3):
        call()


@st.fragment
def fragment() -> None:
    if st.button("Call in fragment"):
        call()
    st.caption(f"fragment calls: {state.calls} fragment-finished")


fragment()
st.caption(
    f"gen: {generation} session: {state.session} calls: {state.calls} runs: {state.runs} script-finished"
)
