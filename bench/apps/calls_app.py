"""Calls in a loop: reruns per ``open_chat`` call, iframe loads and browser memory.

``?variant=open_chat`` (default): "Call" runs ``open_chat`` once, "Call x10" ten times;
``?message=0`` sends open-only events (no chat bubble), to measure the delivery
machinery without the preview widget's growing conversation.
``?variant=naive``: the same calls through ``st.components.v1.html`` scripts.
``?variant=floor``: no widget at all; each click writes a line (Streamlit alone).
"""

from __future__ import annotations

import json

import streamlit as st
import streamlit.components.v1 as components

import octocom_streamlit as oc

variant = st.query_params.get("variant", "open_chat")
with_message = st.query_params.get("message", "1") == "1"
st.session_state.runs = st.session_state.get("runs", 0) + 1
sent = st.session_state.get("sent", 0)

NAIVE_SCRIPT = """<script>
const frame = window.parent.document.querySelector('iframe[title*="octocom_widget"]');
for (const detail of %s) {
  frame.contentDocument.dispatchEvent(new frame.contentWindow.CustomEvent("openChatEvent", { detail }));
}
</script>"""

if variant != "floor":
    oc.chat_widget()
one, ten = st.button("Call"), st.button("Call x10")
batch = 1 if one else 10 if ten else 0
contents = [f"call {sent + i + 1}" if with_message else None for i in range(batch)]
if variant == "open_chat":
    for content in contents:
        oc.open_chat(content)
elif variant == "floor":
    for content in contents:
        st.write(content or "open")
elif batch:
    details = [oc.OpenChatEvent.create(content).detail() for content in contents]
    components.html(NAIVE_SCRIPT % json.dumps(details), height=0)
st.session_state.sent = sent + batch
st.caption(f"sent: {st.session_state.sent} runs: {st.session_state.runs} script-finished")
