/**
 * Everything one widget iframe runs, whatever binds it (Streamlit or Jupyter):
 * the preview widget, exactly-once delivery of Python's events, and carrier
 * watching on the host page. `render` is idempotent: Streamlit sends new args to a
 * live iframe on every rerun, and repeating a render changes nothing.
 */

import { dispatchOpenChat } from "./dispatcher";
import type { WidgetArgs } from "./protocol/args";
import type { CarrierPayload } from "./protocol/envelope";
import { hostDocument, watchCarriers } from "./delivery/carrierWatcher";
import { Sequencer } from "./delivery/sequencer";
import { browserSequenceStore, type SequenceStore } from "./delivery/sequenceStore";
import { PreviewWidget, type WidgetState } from "./preview/previewWidget";

export const LAUNCHER_FRAME_HEIGHT = 72;
export const DEFAULT_PANEL_HEIGHT = 520;
const PANEL_CHROME = LAUNCHER_FRAME_HEIGHT + 12;

export interface HostCallbacks {
  /** The iframe should take this height in pixels. */
  onFrameHeight?: (height: number) => void;
  /** The widget opened or closed. */
  onStateChange?: (state: WidgetState) => void;
}

export class ChatHost {
  private widget: PreviewWidget | null = null;
  private sequencer: Sequencer | null = null;
  private stream = "";
  private args: WidgetArgs | null = null;
  private stopWatching: (() => void) | null = null;
  private readonly early: CarrierPayload[] = [];
  private readonly store: SequenceStore;

  constructor(
    private readonly doc: Document,
    private readonly callbacks: HostCallbacks = {},
    store?: SequenceStore,
  ) {
    this.store = store ?? browserSequenceStore(doc.defaultView ?? window);
  }

  render(args: WidgetArgs): void {
    this.args = args;
    const widget = this.ensureWidget();
    const stream = `${args.session}:${args.widgetKey}`;
    if (stream !== this.stream || this.sequencer === null) {
      this.stream = stream;
      this.sequencer = new Sequencer(stream, this.store, (detail) => dispatchOpenChat(this.doc, detail));
    }
    this.ensureCarrierWatch();
    const early = this.early.splice(0).filter((payload) => this.isOurs(payload));
    this.sequencer.offerWindow(args.events);
    if (early.length) this.sequencer.offer(early);
    this.applyHeight(widget.isOpen ? "open" : "closed");
  }

  /** Events from a carrier on the host page (or any other route outside the args). */
  receive(payload: CarrierPayload): void {
    if (this.args === null || this.sequencer === null) {
      this.early.push(payload);
      return;
    }
    if (this.isOurs(payload)) this.sequencer.offer([payload]);
  }

  get preview(): PreviewWidget | null {
    return this.widget;
  }

  destroy(): void {
    this.stopWatching?.();
    this.widget?.destroy();
  }

  private isOurs(payload: CarrierPayload): boolean {
    return this.args !== null && payload.session === this.args.session && payload.key === this.args.widgetKey;
  }

  private ensureWidget(): PreviewWidget {
    if (this.widget === null) {
      this.widget = new PreviewWidget(this.doc, undefined, {
        onStateChange: (state) => {
          this.applyHeight(state);
          this.callbacks.onStateChange?.(state);
        },
      });
      this.widget.mount(this.doc.body);
    }
    return this.widget;
  }

  private ensureCarrierWatch(): void {
    if (this.stopWatching !== null) return;
    const page = hostDocument(this.doc.defaultView ?? window);
    this.stopWatching = page ? watchCarriers(page, (payload) => this.receive(payload)) : () => undefined;
  }

  private applyHeight(state: WidgetState): void {
    const fixed = this.args?.fixedHeight ?? null;
    const panel = fixed !== null ? Math.max(fixed - PANEL_CHROME, 120) : DEFAULT_PANEL_HEIGHT;
    this.doc.documentElement.style.setProperty("--oc-panel-height", `${panel}px`);
    const height = fixed ?? (state === "open" ? panel + PANEL_CHROME : LAUNCHER_FRAME_HEIGHT);
    this.callbacks.onFrameHeight?.(height);
  }
}
