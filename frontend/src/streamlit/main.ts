/**
 * Streamlit component entry: wires the component protocol to a ChatHost.
 *
 * - args and theme from each render message go to `ChatHost.render` (idempotent);
 * - the frame height follows the widget, and the iframe element carries
 *   `data-octocom-state` so the page's placement CSS (`.st-key-...`) can size its box;
 * - widget events go back to Python as the component value, only when a person did
 *   something or the loader changed (so `open_chat` costs no extra rerun), or after
 *   every delivery with `report="all"`.
 */

import { Streamlit, type RenderData } from "streamlit-component-lib/dist/streamlit";
import { ChatHost, type FrameState, type WidgetEvent } from "../chatHost";
import { readWidgetArgs } from "../protocol/args";
import { EventReport } from "./eventReport";
import { pruneLibraryThemeStyles } from "./themeStyles";

function parentViewportHeight(): number {
  try {
    return window.parent.innerHeight || window.innerHeight;
  } catch {
    return window.innerHeight;
  }
}

function markFrame(state: FrameState): void {
  try {
    window.frameElement?.setAttribute("data-octocom-state", state);
  } catch {
    // cross-origin (dev server): the page CSS then keeps its default box
  }
}

const report = new EventReport((value) => Streamlit.setComponentValue(value));

const host = new ChatHost(
  document,
  {
    onFrameSize: (height, state) => {
      markFrame(state);
      Streamlit.setFrameHeight(height);
    },
    onWidgetEvent: (event: WidgetEvent) => report.add(event, host.options.report),
  },
  { viewportHeight: parentViewportHeight },
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
