"""A widget drawn only when a checkbox is ticked; calls may come while it is absent."""

import streamlit as st

import octocom_streamlit as oc

st.session_state.runs = st.session_state.get("runs", 0) + 1
if st.button("Call while hidden"):
    oc.open_chat("Queued while the widget was not mounted.")
if st.checkbox("Show widget"):
    oc.chat_widget()
st.caption(f"runs: {st.session_state.runs} script-finished")
