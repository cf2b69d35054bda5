/**
 * Streamlit component entry: wires the component protocol to a ChatHost.
 *
 * - args and theme from each render message go to `ChatHost.render` (idempotent);
 * - the frame height follows the widget (set on the iframe element at once, and through
 *   the protocol), and the iframe element carries `data-octocom-state` so the page's
 *   placement CSS (`.st-key-...`) can size its box;
 * - the floating real widget's frame is the whole window, clipped to what the widget
 *   draws (windowFrame/): the clip is on before the state asks the page for the window;
 * - widget reports go back to Python as the component value, only when a person did
 *   something or the loader changed (so `open_chat` costs no extra rerun), or after
 *   every delivery with `report="all"`.
 */

import { Streamlit, type RenderData } from "streamlit-component-lib/dist/streamlit";
import { ChatHost, type FrameState } from "../chatHost";
import { readWidgetArgs } from "../protocol/args";
import { FRAME_STATE_ATTRIBUTE } from "../protocol/generated";
import { tabStorage } from "../preview/conversationStore";
import { WindowFrame } from "../windowFrame/clipFrame";
import { ComponentValueReport } from "./componentValue";
import { pruneLibraryThemeStyles } from "./themeStyles";

function parentViewportHeight(): number {
  try {
    return window.parent.innerHeight || window.innerHeight;
  } catch {
    return window.innerHeight;
  }
}

/**
 * Size the iframe element at once, in the task that opened or closed the panel, so the
 * page lays it out in the same frame as the panel it shows. `Streamlit.setFrameHeight`
 * still tells Streamlit (which sets the same height a message round trip later), and
 * `data-octocom-state` drives the page's placement CSS.
 */
function sizeFrame(height: number, state: FrameState): void {
  try {
    const frame = window.frameElement as (Element & ElementCSSInlineStyle) | null;
    if (frame === null) return;
    if (state === "window" && windowFrame === null) windowFrame = new WindowFrame(frame, document, host.options);
    if (frame.getAttribute(FRAME_STATE_ATTRIBUTE) !== state) frame.setAttribute(FRAME_STATE_ATTRIBUTE, state);
    if (frame.getAttribute("height") !== String(height)) frame.setAttribute("height", String(height));
  } catch {
    // cross-origin (dev server): the page CSS keeps its default box, Streamlit sizes it
  }
}

let windowFrame: WindowFrame | null = null;
const reports = new ComponentValueReport((value) => Streamlit.setComponentValue(value));

const host = new ChatHost(
  document,
  {
    onFrameSize: (height, state) => {
      sizeFrame(height, state);
      Streamlit.setFrameHeight(height);
    },
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
