"""End-to-end app for the core delivery rules (one button per scenario)."""

import streamlit as st

import octocom_streamlit as oc
from tests.support.images import png_data_url

PNG = png_data_url(32, 32)

st.session_state.runs = st.session_state.get("runs", 0) + 1

if st.button("Call before widget"):
    oc.open_chat("Called before chat_widget() in the script.")

oc.chat_widget()

if st.button("Open Assistant"):
    oc.open_chat()
if st.button("Order help"):
    oc.open_chat("Hello, I need help with my order.")
if st.button("With image"):
    oc.open_chat("Here is a photo of the damage.", image_url=PNG)
if st.button("Three in order"):
    oc.open_chat("first")
    oc.open_chat("second")
    oc.open_chat("third")
if st.button("Same again"):
    oc.open_chat("same text")
if st.button("Hostile"):
    oc.open_chat("<img src=x onerror=alert(1)><script>alert(2)</script>")
if st.button("Invalid"):
    oc.open_chat("photo", image_url="javascript:alert(1)")
st.button("Callback", on_click=lambda: oc.open_chat("Sent from an on_click callback."))
st.button("Rerun only")


@st.fragment
def fragment() -> None:
    if st.button("Fragment"):
        oc.open_chat("Sent from inside a fragment.")


fragment()
st.caption(f"runs: {st.session_state.runs} script-finished")
