/**
 * Applies frameSize.ts's arithmetic: keeps the chat panel's height in `--oc-panel-height`
 * on the element that carries the widget's CSS variables, and tells the binding the
 * frame's height and state when they change (every render asks; only a change is news
 * to the page).
 */

import { frameSize, type FrameSizeInput, type FrameState } from "./frameSize";

export class FrameResizer {
  private last = "";

  constructor(
    private readonly styleRoot: HTMLElement,
    private readonly onFrameSize: (height: number, state: FrameState) => void,
  ) {}

  fit(input: FrameSizeInput): void {
    const { height, state, panelHeight } = frameSize(input);
    if (panelHeight !== null) this.setPanelHeight(panelHeight);
    const size = `${height}:${state}`;
    if (size === this.last) return;
    this.last = size;
    this.onFrameSize(height, state);
  }

  private setPanelHeight(px: number): void {
    const style = this.styleRoot.style;
    const value = `${px}px`;
    if (style.getPropertyValue("--oc-panel-height") !== value) style.setProperty("--oc-panel-height", value);
  }
}
