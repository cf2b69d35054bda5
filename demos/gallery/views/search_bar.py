"""A search box whose query goes to the bot when nothing matches."""

import demo_log
import streamlit as st

st.title("Search bar")
CATALOGUE = ["Hydra Balm", "Vitamin C serum", "Gentle cleanser", "SPF 50 fluid", "Night repair cream"]

query = st.text_input("Search products", placeholder="e.g. serum, sunscreen for kids")
if query:
    hits = [p for p in CATALOGUE if query.lower() in p.lower()]
    if hits:
        st.write(f"{len(hits)} result(s):")
        for hit in hits:
            st.markdown(f"- {hit}")
    else:
        st.info(f'No results for "{query}". Our assistant will help you find it.')
        if st.session_state.get("last_sent_query") != query:
            st.session_state.last_sent_query = query
            demo_log.open_chat("search", f'I searched for "{query}" but found nothing. Can you help me?')
