"""Landing page: what the library does, the contract it speaks, and the session's event log."""

import demo_log
import streamlit as st

import octocom_streamlit as oc

st.title("octocom-streamlit gallery")
st.write(
    "Each page is a workflow people build with Octocom's chat widget. Python calls "
    "`open_chat(...)`, and the widget in the corner receives the same `openChatEvent` that "
    "your real site dispatches. Everything here runs offline on the **preview widget**."
)
left, right = st.columns(2)
with left:
    st.subheader("The contract")
    st.code(
        'document.dispatchEvent(new CustomEvent("openChatEvent", {\n'
        '  detail: { type: "OPEN_OCTOCOM", message: { content: "some text", imageUrl: "some URL" } },\n'
        "}));",
        language="javascript",
        wrap_lines=True,
    )
    st.markdown(
        "- `type` is always `OPEN_OCTOCOM`.\n"
        "- Without `message` the widget only opens; with it a customer message is created.\n"
        "- `message.content` is required with a message; `message.imageUrl` is optional."
    )
with right:
    st.subheader("Try it")
    content = st.text_input("Customer message", "Hello, I need help with my order.")
    if st.button("open_chat(content)", type="primary"):
        demo_log.open_chat("home", content or None)
    event = oc.OpenChatEvent.create(content or None)
    st.caption("What your site would run:")
    st.code(event.to_js(), language="javascript", wrap_lines=True)
st.subheader("Event log of this session")
demo_log.show()
