"""A widget drawn only when a checkbox is ticked; calls may come while it is absent."""

import streamlit as st

import octocom_streamlit as oc

st.session_state.runs = st.session_state.get("runs", 0) + 1
reported: list[str] = st.session_state.setdefault("reported", [])
if st.button("Call while hidden"):
    oc.open_chat("Queued while the widget was not mounted.")
if st.button("Order help"):
    oc.open_chat("Hello, I need help with my order.")
    oc.reply("Sure! What is your order number?")
if st.checkbox("Show widget"):
    report = oc.chat_widget()
    reported += [event.type for event in report.new_events]
st.caption(f"reported: {' '.join(reported) or 'nothing'}")
st.caption(f"runs: {st.session_state.runs} script-finished")
