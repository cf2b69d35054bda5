import streamlit as st

import octocom_streamlit as oc

st.title("Shop")
if st.button("Help", key="shop-help"):
    oc.open_chat("Help from the shop page")
