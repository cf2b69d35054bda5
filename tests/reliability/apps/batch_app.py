"""Sends a batch of calls that a test wrote to ``$OCTOCOM_RELIABILITY_BATCHES/<batch>.json``.

The file is a list of ``{"content": ..., "image_url": ...}``. "Send batch" calls
``open_chat`` for each, in order; a refused call is listed as text with its error.
With ``?buttons=1`` every call of the file is also drawn as a ``chat_button``
(labelled with its content), to click in the browser.
"""

import json
import os
from pathlib import Path

import streamlit as st

import octocom_streamlit as oc

batch_file = Path(os.environ["OCTOCOM_RELIABILITY_BATCHES"]) / f"{st.query_params.get('batch', 'batch')}.json"
state = st.session_state
state.setdefault("sent_batches", 0)

oc.chat_widget()
calls = json.loads(batch_file.read_text(encoding="utf-8")) if batch_file.is_file() else []
if st.button("Send batch"):
    state.sent_batches += 1
    for index, call in enumerate(calls):
        try:
            oc.open_chat(call["content"], call["image_url"])
        except oc.ArgumentError as error:
            st.text(f"refused #{index}: {error}")
if st.query_params.get("buttons") == "1":
    for index, call in enumerate(calls):
        oc.chat_button(call["content"], call["content"], call["image_url"], key=f"chat-button-{index}")
st.caption(f"batches sent: {state.sent_batches} script-finished")
