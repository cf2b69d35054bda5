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


def wanted(pieces: list[str]) -> str:
    """``["Armchair", "Rug"]`` -> "an armchair and a rug"; none -> "furniture"."""
    named = [("an " if p[0] in "AEIOU" else "a ") + p.lower() for p in pieces]
    if len(named) > 1:
        return ", ".join(named[:-1]) + " and " + named[-1]
    return named[0] if named else "furniture"


if st.button("Get recommendations", type="primary"):
    demo_log.open_chat(
        "furniture",
        f"Please recommend {wanted(piece)} in {style} style for the room in this photo, within {budget} EUR.",
        image=room,
    )
