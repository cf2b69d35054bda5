"""The octocom-streamlit demo gallery: `make demo` starts it on the offline preview widget."""

from pathlib import Path

import streamlit as st

import octocom_streamlit as oc

PAGES = Path(__file__).parent / "pages"

st.set_page_config(page_title="octocom-streamlit gallery", page_icon="💬", layout="wide")
page = st.navigation(
    [
        st.Page(PAGES / "guide_examples.py", title="The guide's examples", icon="📘", default=True),
    ]
)
oc.chat_widget()  # one widget for every page, as on a real site
page.run()
