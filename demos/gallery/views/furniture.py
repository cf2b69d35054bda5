"""Furniture for a room: a room photo with style and budget choices."""

import demo_images
import demo_log
import streamlit as st

st.title("Furniture for a room")
left, right = st.columns(2)
with left:
    upload = st.file_uploader("A photo of your room", type=["png", "jpg", "jpeg", "webp"])
    room = upload if upload is not None else demo_images.living_room()
    st.image(room, caption="Your room" if upload else "Sample room (upload your own)", width=300)
with right:
    style = st.selectbox("Style", ["Scandinavian", "Mid-century", "Industrial", "Japandi"])
    budget = st.slider("Budget (EUR)", 200, 5000, 1500, step=100)
    pieces = ["Sofa", "Armchair", "Rug", "Lamp", "Shelf"]
    piece = st.multiselect("Looking for", pieces, default=["Armchair", "Rug"])

if st.button("Get recommendations", type="primary"):
    wanted = ", ".join(p.lower() for p in piece) or "furniture"
    demo_log.open_chat(
        "furniture",
        f"Please recommend a {wanted} in {style} style for the room in this photo, within {budget} EUR.",
        image=room,
    )
