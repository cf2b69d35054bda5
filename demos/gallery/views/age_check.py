"""Age check: an age-gated purchase opens the chat to verify the buyer's age."""

import demo_log
import streamlit as st

st.title("Age check")
st.write("Some products need an age check before checkout. The assistant runs it in the chat.")

PRODUCTS = {"Rioja Reserva 2019": 24.90, "Sparkling water (6 pack)": 5.40, "Islay single malt": 58.00}
AGE_GATED = {"Rioja Reserva 2019", "Islay single malt"}

product = st.radio("Product", list(PRODUCTS), format_func=lambda p: f"{p}: {PRODUCTS[p]:.2f} EUR")
if st.button("Buy now", type="primary"):
    if product in AGE_GATED:
        st.warning("This product is age-restricted: please verify your age in the chat.")
        message = f"I'd like to buy {product}. Please verify my age so I can check out."
        demo_log.open_chat("age check", message)
    else:
        st.success(f"{product} is in your cart.")
