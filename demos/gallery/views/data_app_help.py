"""A dashboard with an "Ask about this" button beside each element."""

import numpy as np
import pandas as pd
import streamlit as st

import octocom_streamlit as oc

st.title("Data-app help buttons")
st.write("Each button opens the chat with the context you are looking at, straight from the browser.")


@st.cache_data
def sales() -> pd.DataFrame:
    rng = np.random.default_rng(7)
    months = pd.date_range("2026-01-01", periods=12, freq="MS")
    return pd.DataFrame(
        {
            "month": months.strftime("%Y-%m"),
            "orders": (400 + np.cumsum(rng.integers(-30, 60, 12))).astype(int),
            "returns": rng.integers(10, 45, 12),
        }
    )


data = sales()
metric = st.radio("Metric", ["orders", "returns"], horizontal=True)
first, last = st.select_slider("Months", options=list(data["month"]), value=("2026-03", "2026-08"))
window = data[(data["month"] >= first) & (data["month"] <= last)]

chart, help_column = st.columns([5, 2])
with chart:
    st.line_chart(window, x="month", y=metric, height=260)
with help_column:
    change = int(window[metric].iloc[-1] - window[metric].iloc[0])
    oc.chat_button(
        "Ask about this chart",
        f"I'm looking at {metric} from {first} to {last}: it changed by {change:+d}. "
        "What explains this trend?",
        key="ask-chart",
        use_container_width=True,
    )

table, table_help = st.columns([5, 2])
with table:
    row = st.selectbox("Row", list(window["month"]), index=len(window) - 1)
    st.dataframe(window, hide_index=True, use_container_width=True)
with table_help:
    picked = window[window["month"] == row].iloc[0]
    oc.chat_button(
        "Ask about this row",
        f"In {row} we had {int(picked['orders'])} orders and {int(picked['returns'])} returns. "
        "Is that unusual?",
        key="ask-row",
        use_container_width=True,
    )
st.caption("These are `chat_button`s: a click opens the chat in the browser and does not rerun the script.")
