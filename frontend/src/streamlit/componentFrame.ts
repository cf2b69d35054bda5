/**
 * The component's iframe element, seen from inside (`window.frameElement`: the iframe is
 * same-origin with the Streamlit page). Each size the host decides is set on the element
 * at once, in the task that opened or closed the panel, so the page lays it out in the
 * same frame as the panel it shows; `tell` (`Streamlit.setFrameHeight`) still tells
 * Streamlit, which sets the same height a message round trip later. The element carries
 * `data-octocom-state`, which drives the page's placement CSS (`.st-key-...`).
 *
 * The floating real widget's frame is the whole window, clipped to what the widget draws
 * (windowFrame/clipFrame.ts): the clip starts with the first "window" state, before that
 * state asks the page for the window.
 */

import type { FrameState } from "../frameSize";
import { FRAME_STATE_ATTRIBUTE } from "../protocol/generated";
import { WindowFrame, type WindowFrameOptions } from "../windowFrame/clipFrame";

export class ComponentFrame {
  private windowFrame: WindowFrame | null = null;

  constructor(
    private readonly view: Window,
    private readonly tell: (height: number) => void,
  ) {}

  /** Give the frame `height` and `state`; `options` place the loader's status box in a window frame. */
  size(height: number, state: FrameState, options: WindowFrameOptions): void {
    try {
      const frame = this.view.frameElement as (Element & ElementCSSInlineStyle) | null;
      if (frame !== null) {
        if (state === "window" && this.windowFrame === null) this.windowFrame = new WindowFrame(frame, this.view.document, options);
        if (frame.getAttribute(FRAME_STATE_ATTRIBUTE) !== state) frame.setAttribute(FRAME_STATE_ATTRIBUTE, state);
        if (frame.getAttribute("height") !== String(height)) frame.setAttribute("height", String(height));
      }
    } catch {
      // cross-origin (dev server): the page CSS keeps its default box, Streamlit sizes it
    }
    this.tell(height);
  }
}
