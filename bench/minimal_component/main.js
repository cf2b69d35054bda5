// The component template's reactless entry, trimmed to what a minimal component does:
// draw its args as text on each render message and tell Streamlit its height.
import { Streamlit } from "streamlit-component-lib";

const line = document.body.appendChild(document.createElement("p"));

Streamlit.events.addEventListener(Streamlit.RENDER_EVENT, (event) => {
  line.textContent = String(event.detail.args.label);
  Streamlit.setFrameHeight();
});
Streamlit.setComponentReady();
Streamlit.setFrameHeight();
