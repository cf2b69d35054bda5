/**
 * Streamlit component entry: wires the component protocol to a ChatHost.
 *
 * - args and theme from each render message go to `ChatHost.render` (idempotent);
 * - the frame's height and state go to the iframe element and to Streamlit
 *   (componentFrame.ts; the floating real widget's frame: the whole window, clipped);
 * - widget reports go back to Python as the component value, only when a person did
 *   something or the loader changed (so `open_chat` costs no extra rerun), or after
 *   every delivery with `report="all"`.
 */

import { Streamlit, type RenderData } from "streamlit-component-lib/dist/streamlit";
import { ChatHost } from "../chatHost";
import { readWidgetArgs } from "../protocol/args";
import { tabStorage } from "../preview/conversationStore";
import { ComponentFrame } from "./componentFrame";
import { ComponentValueReport } from "./componentValue";
import { pruneLibraryThemeStyles } from "./themeStyles";

function parentViewportHeight(): number {
  try {
    return window.parent.innerHeight || window.innerHeight;
  } catch {
    return window.innerHeight;
  }
}

const frame = new ComponentFrame(window, (height) => Streamlit.setFrameHeight(height));
const reports = new ComponentValueReport((value) => Streamlit.setComponentValue(value));

const host = new ChatHost(
  document,
  {
    onFrameSize: (height, state) => frame.size(height, state, host.options),
    onReport: (report) => reports.add(report, host.options.report),
  },
  // The conversation is kept in the tab's sessionStorage (this iframe is same-origin with the page).
  { viewportHeight: parentViewportHeight, conversationStorage: tabStorage(window) },
);

try {
  const parent = window.parent;
  const onResize = () => host.refresh();
  parent.addEventListener("resize", onResize);
  window.addEventListener("pagehide", () => parent.removeEventListener("resize", onResize));
} catch {
  // cross-origin parent: no resize tracking
}

// A reload of this iframe: from `beforeunload` on, deliveries wait for the next document
// (this one would consume them unseen). If the document is still here 10 s later, the
// navigation did not happen, and it takes deliveries again.
let resumeTimer: ReturnType<typeof setTimeout> | undefined;
window.addEventListener("beforeunload", () => {
  host.suspend();
  clearTimeout(resumeTimer);
  resumeTimer = setTimeout(() => host.resume(), 10_000);
});
window.addEventListener("pagehide", () => host.suspend());

Streamlit.events.addEventListener(Streamlit.RENDER_EVENT, (event: Event) => {
  const data = (event as CustomEvent<RenderData>).detail;
  pruneLibraryThemeStyles(document);
  host.render(readWidgetArgs(data.args as Record<string, unknown>), data.theme);
});
Streamlit.setComponentReady();
