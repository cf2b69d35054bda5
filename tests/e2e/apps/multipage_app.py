"""Two pages; the widget lives on the first. Navigating away and back remounts its iframe."""

import streamlit as st

import octocom_streamlit as oc


def chat_page() -> None:
    oc.chat_widget()
    if st.button("Order help"):
        oc.open_chat("Hello, I need help with my order.")


def other_page() -> None:
    st.write("Another page, without the widget.")
    if st.button("Call from other page"):
        oc.open_chat("Sent while the widget was on another page.")


page = st.navigation([st.Page(chat_page, title="Chat", default=True), st.Page(other_page, title="Other")])
st.session_state.runs = st.session_state.get("runs", 0) + 1
page.run()
st.caption(f"runs: {st.session_state.runs} script-finished")
