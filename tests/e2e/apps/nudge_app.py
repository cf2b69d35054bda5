"""End-to-end app for issue #13: a timed nudge with ``once=`` (the cancel_pending docstring's
example), and a widget-key typo (``?widget_key=support&typo=suport``).

``?once=off`` makes the same nudge without ``once=``, the trap the issue reported.
"""

import streamlit as st

import octocom_streamlit as oc

st.session_state.runs = st.session_state.get("runs", 0) + 1
params = st.query_params
nudge = st.session_state.setdefault("nudge", 1)

oc.chat_widget(key=params.get("widget_key", "octocom"))
if "typo" in params:
    oc.open_chat("I need help with my order.", key=params["typo"])
else:
    once = None if params.get("once") == "off" else f"plan-nudge-{nudge}"
    oc.open_chat("Can someone help me pick a plan?", delay=float(params.get("delay", "2")), once=once)
    if st.button("No thanks"):
        oc.cancel_pending()
    st.button("Arm a new nudge", on_click=lambda: st.session_state.update(nudge=st.session_state.nudge + 1))
st.button("Rerun only")
st.caption(f"runs: {st.session_state.runs} script-finished")
