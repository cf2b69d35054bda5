/**
 * How tall the widget's iframe is, and how tall the chat panel inside it, worked out
 * from the options, the loader's status, whether the panel is open and the viewport.
 * Pure arithmetic: frameResizer.ts applies the result for ChatHost.
 */

import type { LoaderStatus } from "./loader/loaderStatusView";
import { DEFAULT_INLINE_HEIGHT, LAUNCHER_FRAME_HEIGHT, type WidgetOptions } from "./protocol/generated";
import type { WidgetState } from "./preview/previewWidget";

// LAUNCHER_FRAME_HEIGHT: the launcher (56) and the root's padding (8 + 12), which holds its shadow.
// Python sizes the first frame with it and DEFAULT_INLINE_HEIGHT before the iframe reports.
export { DEFAULT_INLINE_HEIGHT, LAUNCHER_FRAME_HEIGHT };
export const DEFAULT_PANEL_HEIGHT = 520;
export const DEFAULT_LOADER_HEIGHT = 640;
/** What an open floating frame adds to the panel: the launcher's frame and the 12px gap above it. */
export const PANEL_CHROME = LAUNCHER_FRAME_HEIGHT + 12;
export const MIN_PANEL_HEIGHT = 240;
/** The frame's height at most while the real widget loads or failed: room for the status box. */
export const LOADER_STATUS_HEIGHT = 200;
/** Room kept free above an open floating panel in a short viewport. */
export const VIEWPORT_MARGIN = 24;

/**
 * What the frame shows: the preview widget open or closed, or the real widget's loader:
 * "window" when it floats (the frame is the whole window, clipped to what the widget
 * draws: windowFrame/), "loader" inline (a frame of its own height in the page).
 */
export type FrameState = WidgetState | "loader" | "window";

export interface FrameSizeInput {
  options: Pick<WidgetOptions, "layout" | "height">;
  loaderStatus: LoaderStatus;
  panelOpen: boolean;
  /** Height of the visible viewport (Infinity when unknown). */
  viewportHeight: number;
}

export interface FrameSize {
  /** The iframe's height in whole pixels. */
  height: number;
  state: FrameState;
  /** The chat panel's height in whole pixels (`--oc-panel-height`), or null while the loader runs: no panel. */
  panelHeight: number | null;
}

export function frameSize({ options, loaderStatus, panelOpen, viewportHeight }: FrameSizeInput): FrameSize {
  if (loaderStatus !== "none") {
    const height = options.height ?? DEFAULT_LOADER_HEIGHT;
    const shown = loaderStatus === "ready" ? height : Math.min(height, LOADER_STATUS_HEIGHT);
    const state = options.layout === "inline" ? "loader" : "window";
    return { height: Math.round(shown), state, panelHeight: null };
  }
  if (options.layout === "inline") {
    const height = options.height ?? DEFAULT_INLINE_HEIGHT;
    return { height: Math.round(height), state: "open", panelHeight: Math.round(height) };
  }
  const wanted = options.height !== undefined ? options.height - PANEL_CHROME : DEFAULT_PANEL_HEIGHT;
  const panel = Math.max(MIN_PANEL_HEIGHT, Math.min(wanted, viewportHeight - PANEL_CHROME - VIEWPORT_MARGIN));
  const height = panelOpen ? panel + PANEL_CHROME : LAUNCHER_FRAME_HEIGHT;
  return { height: Math.round(height), state: panelOpen ? "open" : "closed", panelHeight: Math.round(panel) };
}
