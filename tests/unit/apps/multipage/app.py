"""Two pages and two widgets: "octocom" on every page (entry script), "support" on the second only."""

from pathlib import Path

import streamlit as st

import octocom_streamlit as oc

HERE = Path(__file__).parent
page = st.navigation([st.Page(HERE / "shop.py", default=True), st.Page(HERE / "support.py")])
report = oc.chat_widget(on_event=lambda event: st.session_state.setdefault("seen", []).append(event.type))
st.session_state["main_open"] = report.is_open
page.run()
