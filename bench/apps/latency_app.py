"""One button per page: three floors, and three ways to turn its click into a chat message.

Open with ``?variant=floor|iframe_floor|component_floor|widget_floor|open_chat|naive|chat_button``.
Every variant shows the same run counter; the message of click ``n`` carries the marker
``trial-n.`` so the benchmark sees exactly when that click's message appears.

- ``floor``: the button writes a line with ``st.write`` (no component at all).
- ``iframe_floor``: the same, on a page that also draws a static ``components.html``
  iframe (any iframe component's share of a rerun, with nothing of this package).
- ``component_floor``: the same, on a page that also draws a minimal components-v1
  component (``bench/minimal_component/``, built by ``bench/minimal_build.py``): keyed,
  constant args, the template's ``streamlit-component-lib`` entry, no CSS (the
  framework's share of a rerun for any such component).
- probes, for ``--variants`` only: ``component_args`` (the minimal component given
  ``chat_widget()``'s args), ``component_placement`` (the minimal component and
  ``chat_widget()``'s placement ``st.html``), ``widget_no_placement`` (our component with
  ``chat_widget()``'s args, without the placement ``st.html``).
- ``widget_floor``: the same, on a page that also draws ``oc.chat_widget()`` (the
  widget's share of a rerun, without an ``open_chat`` call).
- ``open_chat``: the button calls ``oc.open_chat`` (one rerun, no iframe reload).
- ``naive``: the button renders ``st.components.v1.html`` with a script that finds the
  same chat widget's iframe on the page and dispatches ``openChatEvent`` into it
  (what people do without this package; the html iframe is created on every click).
- ``chat_button``: ``oc.chat_button`` dispatches in the browser, without a rerun.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import streamlit as st
import streamlit.components.v1 as components

import octocom_streamlit as oc
from octocom_streamlit.protocol.constants import DEFAULT_KEY
from octocom_streamlit.protocol.envelopes import ComponentArgs
from octocom_streamlit.protocol.options import WidgetOptions
from octocom_streamlit.streamlit.component import raw_component
from octocom_streamlit.streamlit.placement import CHAT_BUTTON_CSS, element_key, placement_css
from octocom_streamlit.streamlit.session import current_session

# Probe pages (`python -m bench --variants ...`): each draws one part of what chat_widget() draws.
PROBES = ("component_floor", "component_args", "component_placement", "widget_no_placement")

MINIMAL_BUILD = Path(__file__).resolve().parents[2] / ".make" / "bench" / "minimal_component"


@st.cache_resource
def minimal_component() -> Callable[..., Any]:
    """Declared once per server, as a component package declares it when first imported."""
    return components.declare_component("minimal_component", path=str(MINIMAL_BUILD))


variant = st.query_params.get("variant", "floor")
st.session_state.runs = st.session_state.get("runs", 0) + 1
clicks = st.session_state.get("clicks", 0)

NAIVE_SCRIPT = """<script>
const frame = window.parent.document.querySelector('iframe[title*="octocom_widget"]');
frame.contentDocument.dispatchEvent(new frame.contentWindow.CustomEvent("openChatEvent", {
  detail: {type: "OPEN_OCTOCOM", message: {content: %s}},
}));
</script>"""


def widget_args() -> dict[str, Any]:
    """What ``chat_widget()`` sends its component on this rerun (its commands window is empty here)."""
    session = current_session()
    window = session.queue(DEFAULT_KEY).take_window()
    options = WidgetOptions.model_validate({})
    args = ComponentArgs(
        session=session.token, widget_key=DEFAULT_KEY, envelopes=[q.envelope for q in window], options=options
    )
    return args.wire()


if variant in ("floor", "iframe_floor", "widget_floor", *PROBES):
    if variant == "iframe_floor":
        components.html("<p>A static iframe component.</p>", height=76)
    elif variant == "component_floor":
        minimal_component()(label="A minimal component.", key="minimal", default=None)
    elif variant == "component_args":
        minimal_component()(label="A minimal component.", **widget_args(), key="minimal", default=None)
    elif variant == "component_placement":
        st.html(placement_css(DEFAULT_KEY, WidgetOptions.model_validate({})) + CHAT_BUTTON_CSS)
        minimal_component()(label="A minimal component.", key="minimal", default=None)
    elif variant == "widget_no_placement":
        raw_component()(**widget_args(), key=element_key(DEFAULT_KEY), default=None, height=76)
    elif variant == "widget_floor":
        oc.chat_widget()
    if st.button("Send"):
        clicks += 1
        st.write(f"{variant} trial-{clicks}.")
elif variant == "open_chat":
    oc.chat_widget()
    if st.button("Send"):
        clicks += 1
        oc.open_chat(f"open_chat trial-{clicks}.")
elif variant == "naive":
    oc.chat_widget()
    if st.button("Send"):
        clicks += 1
        components.html(NAIVE_SCRIPT % json.dumps(f"naive trial-{clicks}."), height=0)
elif variant == "chat_button":
    oc.chat_widget()
    chat_button = getattr(oc, "chat_button", None)
    if chat_button is None:
        st.error("octocom_streamlit has no chat_button yet")
    else:
        chat_button("Send", "chat_button click")
st.session_state.clicks = clicks
st.caption(f"runs: {st.session_state.runs} script-finished")
