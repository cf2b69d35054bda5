"""``octocom-streamlit try-loader``: check that your real Octocom widget answers openChatEvent.

Streamlit runs this script; the command hands it the loader (already validated) in
the ``OCTOCOM_TRY_LOADER`` environment variable.
"""

from __future__ import annotations

import os
from datetime import datetime

import streamlit as st

import octocom_streamlit as oc
from octocom_streamlit.cli import LOADER_ENV
from octocom_streamlit.loader import parse_loader

#: The examples of Octocom's "Control Widget With Code" guide: (button, content, image URL).
GUIDE_EXAMPLES: list[tuple[str, str | None, str | None]] = [
    ("Open only", None, None),
    ("A message", "Hello, I need help with my order.", None),
    ("A message with an image URL", "See photo", "https://images.example.com/uploads/damaged-parcel.jpg"),
]

st.set_page_config(page_title="octocom-streamlit try-loader", page_icon=":material/chat:", layout="wide")
loader = os.environ.get(LOADER_ENV, "")
if not loader:
    st.error(f"No loader given ({LOADER_ENV}): start this page with `octocom-streamlit try-loader SNIPPET`.")
    st.stop()

sent: list[oc.OpenChatEvent] = st.session_state.setdefault("try_loader_sent", [])


def send(content: str | None, image_url: str | None) -> None:
    sent.append(oc.open_chat(content, image_url))


st.title("Does your Octocom widget answer openChatEvent?")
st.write(
    "This page loads your widget with `chat_widget(loader=...)` and sends it `openChatEvent`s. "
    "Each one should open your widget, with the message when there is one. Your widget lays "
    "itself out in this window as on your site (its own corner, its own sizes, its phone layout "
    "in a narrow window), and everything it does not draw stays this page's to click."
)
# The page's content on the left, so that a widget in the usual bottom-right corner, open,
# covers none of it (its frame is the whole window, clipped to what it draws).
main, _space_for_the_widget = st.columns([3, 2])
with main:
    # Drawn here, so that its own warning when the loader fails (the reason, and that open
    # requests are kept) stands where this page shows the loader's status: said once.
    report = oc.chat_widget(loader=loader, report="all")  # "delivered" shows each dispatch
    if report.loader_error is None and any(event.type == "loader_ready" for event in report.history):
        st.success("Loader ready: your widget's script has loaded.", icon=":material/check_circle:")
    elif report.loader_error is None:
        st.info("Loading your widget's script…", icon=":material/hourglass_top:")

    st.subheader("The guide's examples")
    columns = st.columns(len(GUIDE_EXAMPLES))
    for column, (label, content, image_url) in zip(columns, GUIDE_EXAMPLES, strict=True):
        with column:
            if st.button(label, key=f"example-{label}", use_container_width=True):
                send(content, image_url)

    st.subheader("Your own")
    with st.form("own"):
        content = st.text_input("Content", placeholder="Empty: open only")
        image_url = st.text_input("Image URL", placeholder="https://... (one your Octocom servers can fetch)")
        if st.form_submit_button("open_chat"):
            try:
                send(content or None, image_url or None)
            except oc.ArgumentError as error:  # in the words of the call the form makes: open_chat(...)
                st.error(str(error))

    if sent:
        st.subheader(f"What was sent ({len(sent)})")
        st.caption("The last request, as your site would dispatch it:")
        st.code(sent[-1].to_js(), language="javascript")

    st.subheader("Widget events")
    rows = [
        {
            "time": datetime.fromtimestamp(event.at / 1000).strftime("%H:%M:%S"),
            "type": event.type,
            "detail": event.content or event.error or event.by or event.kind or "",
        }
        for event in reversed(report.history)
    ]
    if rows:
        st.table(rows)
    else:
        st.caption("No events yet.")
    st.caption("Loader: " + ", ".join(script.src or "inline code" for script in parse_loader(loader)))
