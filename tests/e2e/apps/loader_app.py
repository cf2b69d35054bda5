"""The real-widget path: ``chat_widget(loader=...)`` with the loader named by ?script=."""

import os

import streamlit as st

import octocom_streamlit as oc

st.session_state.runs = st.session_state.get("runs", 0) + 1
base = os.environ["OCTOCOM_TEST_LOADER_BASE"]
script = st.query_params.get("script", "loader.js")
snippet = f'<script src="{base}/{script}" data-bot-id="demo-bot" async></script>'
report = oc.chat_widget(loader=snippet, loader_timeout=float(st.query_params.get("timeout", "2")))
if st.button("Order help"):
    oc.open_chat("Hello, I need help with my order.")
st.caption(f"loader error: {report.loader_error}")
st.caption(f"runs: {st.session_state.runs} script-finished")
