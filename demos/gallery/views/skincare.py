"""Skincare suggestions from a selfie and two answers."""

import demo_log
import streamlit as st

st.title("Skincare suggestions")
st.write("Take or upload a selfie, answer two questions, and ask the assistant for a routine.")

left, right = st.columns(2)
with left:
    source = st.radio("Selfie", ["Upload a photo", "Use the camera"], horizontal=True)
    if source == "Use the camera":
        photo = st.camera_input("Take a selfie")
    else:
        photo = st.file_uploader("Upload a selfie", type=["png", "jpg", "jpeg", "webp"])
with right:
    skin = st.selectbox("How does your skin feel by midday?", ["Dry", "Oily", "Combination", "Sensitive"])
    concern = st.selectbox("Your main concern?", ["Redness", "Breakouts", "Fine lines", "Dark spots"])
    if photo is not None:
        st.image(photo, caption="Your selfie", width=160)

if st.button("Ask for a routine", type="primary"):
    message = (
        f"Hi! My skin feels {skin.lower()} by midday and my main concern is {concern.lower()}. "
        "Which routine would you suggest?"
    )
    if photo is None:
        demo_log.open_chat("skincare", message)
    else:
        demo_log.open_chat("skincare", message + " I attached a selfie.", image=photo)
