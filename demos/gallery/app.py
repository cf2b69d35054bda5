"""The octocom-streamlit demo gallery: `make demo` starts it on the offline preview widget."""

from pathlib import Path

import demo_images
import demo_log
import streamlit as st

import octocom_streamlit as oc

PAGES = Path(__file__).parent / "views"  # not "pages/": Streamlit would also serve those as v1 pages
WIDGET_OFFSET = 24  # the widget's distance from the window's corner, in px

st.set_page_config(page_title="octocom-streamlit gallery", page_icon=demo_images.chat_icon(), layout="wide")
page = st.navigation(
    {
        "Start here": [
            st.Page(PAGES / "home.py", title="Contract and event log", icon=":material/home:", default=True),
            st.Page(PAGES / "guide_examples.py", title="The guide's examples", icon=":material/menu_book:"),
        ],
        "Workflows": [
            st.Page(PAGES / "skincare.py", title="Skincare suggestions", icon=":material/face:"),
            st.Page(PAGES / "data_app_help.py", title="Data-app help buttons", icon=":material/bar_chart:"),
            st.Page(PAGES / "scripted_flows.py", title="Analysts scripting flows", icon=":material/science:"),
            st.Page(PAGES / "furniture.py", title="Furniture for a room", icon=":material/chair:"),
            st.Page(PAGES / "age_check.py", title="Age check", icon=":material/wine_bar:"),
            st.Page(PAGES / "search_bar.py", title="Search bar", icon=":material/search:"),
        ],
    }
)
# One widget for every page, in the corner, as on a real site.
oc.chat_widget(title="Octocom assistant", offset=WIDGET_OFFSET, on_event=demo_log.widget_event)
# The open panel's frame is 392 px wide, WIDGET_OFFSET px from the window's right edge. On a
# window with room for both (a laptop's 1366 px and wider), the pages keep their controls
# beside it instead of under it; a narrower window keeps the whole width for the page.
st.html(
    "<style>@media (min-width: 1366px) { [data-testid='stMainBlockContainer'] {"
    f" padding-left: 3rem; padding-right: calc(392px + {WIDGET_OFFSET}px + 2rem); }} }}</style>"
)
page.run()
