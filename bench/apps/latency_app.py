"""One button per page: three floors, and three ways to turn its click into a chat message.

Open with ``?variant=floor|iframe_floor|widget_floor|open_chat|naive|chat_button``.
Every variant shows the same run counter; the message of click ``n`` carries the marker
``trial-n.`` so the benchmark sees exactly when that click's message appears.

- ``floor``: the button writes a line with ``st.write`` (no component at all).
- ``iframe_floor``: the same, on a page that also draws a static ``components.html``
  iframe (any iframe component's share of a rerun, with nothing of this package).
- ``widget_floor``: the same, on a page that also draws ``oc.chat_widget()`` (the
  widget's share of a rerun, without an ``open_chat`` call).
- ``open_chat``: the button calls ``oc.open_chat`` (one rerun, no iframe reload).
- ``naive``: the button renders ``st.components.v1.html`` with a script that finds the
  same chat widget's iframe on the page and dispatches ``openChatEvent`` into it
  (what people do without this package; the html iframe is created on every click).
- ``chat_button``: ``oc.chat_button`` dispatches in the browser, without a rerun.
"""

from __future__ import annotations

import json

import streamlit as st
import streamlit.components.v1 as components

import octocom_streamlit as oc

variant = st.query_params.get("variant", "floor")
st.session_state.runs = st.session_state.get("runs", 0) + 1
clicks = st.session_state.get("clicks", 0)

NAIVE_SCRIPT = """<script>
const frame = window.parent.document.querySelector('iframe[title*="octocom_widget"]');
frame.contentDocument.dispatchEvent(new frame.contentWindow.CustomEvent("openChatEvent", {
  detail: {type: "OPEN_OCTOCOM", message: {content: %s}},
}));
</script>"""

if variant in ("floor", "iframe_floor", "widget_floor"):
    if variant == "iframe_floor":
        components.html("<p>A static iframe component.</p>", height=76)
    elif variant == "widget_floor":
        oc.chat_widget()
    if st.button("Send"):
        clicks += 1
        st.write(f"{variant} trial-{clicks}.")
elif variant == "open_chat":
    oc.chat_widget()
    if st.button("Send"):
        clicks += 1
        oc.open_chat(f"open_chat trial-{clicks}.")
elif variant == "naive":
    oc.chat_widget()
    if st.button("Send"):
        clicks += 1
        components.html(NAIVE_SCRIPT % json.dumps(f"naive trial-{clicks}."), height=0)
elif variant == "chat_button":
    oc.chat_widget()
    chat_button = getattr(oc, "chat_button", None)
    if chat_button is None:
        st.error("octocom_streamlit has no chat_button yet")
    else:
        chat_button("Send", "chat_button click")
st.session_state.clicks = clicks
st.caption(f"runs: {st.session_state.runs} script-finished")
