"""End-to-end app for the widget as it really appears (issue #3).

Query parameters pick the widget's layout and branding: ?layout=inline, ?corner=bottom-left,
?title=..., ?accent=%23...; buttons exercise chat_button, images, delays, replies, events.
"""

import streamlit as st

import octocom_streamlit as oc
from tests.support.images import solid_png

st.session_state.runs = st.session_state.get("runs", 0) + 1
params = st.query_params
seen = st.session_state.setdefault("seen", [])

report = oc.chat_widget(
    layout=params.get("layout", "floating"),  # type: ignore[arg-type]
    corner=params.get("corner", "bottom-right"),  # type: ignore[arg-type]
    title=params.get("title", "Octocom assistant"),
    accent_color=params.get("accent"),
    avatar_url=params.get("avatar"),
    height=int(params["height"]) if "height" in params else None,
    on_event=lambda event: seen.append(event.type + (f":{event.by}" if event.by else "")),
)

st.title("Widget features")
oc.chat_button("Ask without rerun", "Sent by a chat_button.")
oc.chat_button("Open only (chat_button)", key="open-only-button")
if st.button("Send a photo"):
    oc.open_chat("Here is my selfie.", image=solid_png(40, 40, (40, 160, 90)))
if st.button("Open in 1 s"):
    oc.open_chat("Delayed hello.", delay=1.0)
if st.button("Open in 2 s"):
    oc.open_chat("Should never arrive.", delay=2.0)
if st.button("Cancel pending"):
    oc.cancel_pending()
if st.button("Bot reply"):
    oc.open_chat("Which cream suits dry skin?")
    oc.reply("Our Hydra Balm is made for dry skin.")
st.button("Rerun only")
st.write("Typed in the widget:", report.customer_messages)
st.caption(f"widget events: {' '.join(seen)}")
st.caption(f"runs: {st.session_state.runs} script-finished")
