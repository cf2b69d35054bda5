"""The examples from Octocom's "Control Widget With Code" guide, one button each."""

import demo_images
import demo_log
import streamlit as st

import octocom_streamlit as oc

st.title("The guide's examples")
st.write(
    "Each button calls `open_chat`, and the widget's page dispatches the same "
    "`openChatEvent` that the guide shows. The snippet under each button is what "
    "your real site would run."
)

# Drawn by the app and sent as a data: URL, so the gallery needs no network. On a real site,
# imageUrl is an https URL that Octocom's servers can fetch (your storage or CDN).
SAMPLE_PHOTO = oc.image_to_data_url(demo_images.damaged_parcel())

ORDER_HELP = "Hello, I need help with my order."
CHECKOUT_ERROR = "I ran into an issue during checkout."
examples = [
    ("Open Assistant", None, None, "Opens the widget without a message."),
    ("Help with an order", ORDER_HELP, None, "Opens with a customer message."),
    ("After a checkout error", CHECKOUT_ERROR, None, "Opens with the customer's question about it."),
    (
        "Message with a photo",
        "My parcel arrived damaged, see photo.",
        SAMPLE_PHOTO,
        "With an imageUrl (a data: URL).",
    ),
]

for label, content, image_url, note in examples:
    left, right = st.columns([1, 2])
    with left:
        clicked = st.button(label, key=f"example-{label}", use_container_width=True)
        st.caption(note)
    with right:
        st.code(oc.OpenChatEvent.create(content, image_url).to_js(), language="javascript", wrap_lines=True)
    if clicked:
        demo_log.open_chat("guide", content, image_url=image_url)
