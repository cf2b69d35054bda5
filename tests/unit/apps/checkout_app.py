"""A checkout flow for the README's AppTest example: a failed payment opens the chat with the error."""

import streamlit as st

import octocom_streamlit as oc

widget = oc.chat_widget()
if st.button("Pay", key="pay"):
    error = "card declined"  # what a payment API would have answered
    st.error(f"Checkout failed: {error}")
    oc.open_chat(f"Checkout failed: {error}. Can you help?")
for text in widget.customer_messages:
    st.write("The visitor wrote:", text)
