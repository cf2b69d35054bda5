"""An analyst writes a flow as plain Python rules and sees them fire."""

import math
import time

import demo_log
import streamlit as st

import octocom_streamlit as oc

st.title("Analysts scripting flows")
st.write(
    "A flow is a list of rules: *when this happens, open the chat with that message*. "
    "Trigger the situations below; each rule shows the snippet your real site would run."
)

RULES = {
    "checkout_error": ("After a checkout error", "I ran into an issue during checkout.", None),
    "pricing_dwell": ("After some time on the pricing page", "Can you help me choose a plan?", 30.0),
    "search": ("The search bar sends its query", None, None),
}

with st.expander("The flow, as code", expanded=False):
    st.code(
        """if checkout_failed:
    oc.open_chat("I ran into an issue during checkout.")
if page == "pricing":
    # once=: reruns of the pricing page neither re-arm the nudge nor restart its timer
    oc.open_chat("Can you help me choose a plan?", delay=dwell_seconds, once="pricing-dwell")
if query:
    oc.open_chat(f"I searched for: {query}")""",
        language="python",
        wrap_lines=True,
    )


def nudge_status(nudge: dict[str, float | None]) -> None:
    """Say where the armed nudge stands: counting down, opened, or cancelled by leaving."""
    armed, delay, left = float(nudge["armed"] or 0), float(nudge["delay"] or 0), nudge["left"]
    due = armed + delay
    if left is not None and left < due:
        st.info(f"You left the pricing page after {left - armed:.0f} s: the chat stays closed.")
        return
    if time.time() >= due:
        st.success(f"The chat opened after {delay:.0f} s on the pricing page.")
        return

    # Counts down in place (a fragment reruns alone), then reruns the page once to say it opened.
    @st.fragment(run_every=1.0)
    def countdown() -> None:
        remaining = due - time.time()
        if remaining <= 0:
            st.rerun()
        st.info(f"The chat opens in {math.ceil(remaining)} s, unless you leave the page.")

    countdown()


dwell = st.slider("Seconds on the pricing page before the chat opens", 1, 60, 30)

trigger, snippet = st.columns([2, 3])
with trigger:
    st.markdown(f"**{RULES['checkout_error'][0]}**")
    if st.button("Simulate a checkout error"):
        demo_log.open_chat("flow: checkout error", RULES["checkout_error"][1])
with snippet:
    st.code(
        oc.OpenChatEvent.create(RULES["checkout_error"][1]).to_js(), language="javascript", wrap_lines=True
    )

trigger, snippet = st.columns([2, 3])
with trigger:
    st.markdown(f"**{RULES['pricing_dwell'][0]}**")
    if st.button("Visit the pricing page"):
        visits = st.session_state["pricing_visits"] = st.session_state.get("pricing_visits", 0) + 1
        once = f"pricing-dwell-{visits}"  # each visit arms one nudge; reruns leave it alone
        demo_log.open_chat("flow: pricing dwell", RULES["pricing_dwell"][1], delay=float(dwell), once=once)
        st.session_state.pricing_nudge = {"armed": time.time(), "delay": dwell, "left": None}
    nudge = st.session_state.get("pricing_nudge")
    if st.button("Leave the pricing page"):
        oc.cancel_pending()
        if nudge is not None and nudge["left"] is None:
            nudge["left"] = time.time()
    if nudge is not None:
        nudge_status(nudge)
with snippet:
    event = oc.OpenChatEvent.create(RULES["pricing_dwell"][1])
    st.code(
        f"setTimeout(() => {{\n{event.to_js()}\n}}, {dwell * 1000});", language="javascript", wrap_lines=True
    )

trigger, snippet = st.columns([2, 3])
with trigger:
    st.markdown(f"**{RULES['search'][0]}**")
    query = st.text_input("Search the shop", key="flow-search")
    if st.button("Run search") and query:
        demo_log.open_chat("flow: search", f"I searched for: {query}")
with snippet:
    st.code(
        oc.OpenChatEvent.create(f"I searched for: {query or '…'}").to_js(),
        language="javascript",
        wrap_lines=True,
    )

st.subheader("Events log")
demo_log.show()
