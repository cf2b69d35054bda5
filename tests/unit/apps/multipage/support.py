import streamlit as st

import octocom_streamlit as oc

st.title("Support")
support = oc.chat_widget(key="support", layout="inline")
st.session_state["support_messages"] = support.customer_messages
if st.button("Ask support", key="support-ask"):
    oc.open_chat("A question for support", key="support")
    oc.reply("Support will answer shortly.", key="support")
