"""A wide app with a real widget from the stand-in vendor script named by ``?script=``.

The page is full of the app's own content (buttons, text) so that the tests can check
every point of it stays the app's; ``Order help`` calls ``open_chat``.
"""

import os

import streamlit as st

import octocom_streamlit as oc

st.set_page_config(page_title="Real widget layout", layout="wide")
st.session_state.runs = st.session_state.get("runs", 0) + 1
base = os.environ["OCTOCOM_TEST_LOADER_BASE"]
script = st.query_params.get("script", "doc-panel.js")
oc.chat_widget(loader=f'<script src="{base}/{script}" async></script>', loader_timeout=10.0)
st.title("An app with the real widget")
if st.button("Order help"):
    oc.open_chat("Hello, I need help with my order.")
st.button("Rerun")
for row in range(6):
    for column, cell in enumerate(st.columns(4)):
        cell.button(f"Action {row}-{column}", use_container_width=True)
st.write("The app's own text, which a visitor can select and click through. " * 12)
st.caption(f"runs: {st.session_state.runs} script-finished")
