/** Streamlit component entry: wires the component protocol to a ChatHost. */

import { Streamlit, type RenderData } from "streamlit-component-lib/dist/streamlit";
import { ChatHost } from "../chatHost";
import { readWidgetArgs } from "../protocol/args";

const host = new ChatHost(document, {
  onFrameHeight: (height) => Streamlit.setFrameHeight(height),
});

Streamlit.events.addEventListener(Streamlit.RENDER_EVENT, (event: Event) => {
  const data = (event as CustomEvent<RenderData>).detail;
  host.render(readWidgetArgs(data.args as Record<string, unknown>));
});
Streamlit.setComponentReady();
