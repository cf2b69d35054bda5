/**
 * Coordinates everything one widget runs, whatever binds it (Streamlit or Jupyter): the
 * preview widget or the real Octocom loader (its status box: loader/loaderStatusView.ts),
 * exactly-once delivery of Python's commands (delivery/: the inbox, the sequencer, delayed
 * opens), carrier watching on the host page, and the frame's size (frameSize.ts).
 * `render` is idempotent: Streamlit sends new args to a live iframe on every rerun, and
 * repeating a render changes nothing.
 */

import { dispatchOpenChat } from "./dispatcher";
import { frameSize, type FrameState } from "./frameSize";
import { DEFAULT_OPTIONS, type ComponentArgs, type WidgetOptions } from "./protocol/args";
import type { CarrierPayload, Envelope, OpenEnvelope } from "./protocol/envelope";
import type { WidgetEvent } from "./protocol/generated";
import { hostDocument, watchCarriers } from "./delivery/carrierWatcher";
import { watchChatButtons } from "./delivery/chatButtons";
import { DelayedOpens } from "./delivery/delayedOpens";
import { Inbox } from "./delivery/inbox";
import { Sequencer } from "./delivery/sequencer";
import { browserSequenceStore, type SequenceStore } from "./delivery/sequenceStore";
import { LoaderStatusView, type LoaderStatus } from "./loader/loaderStatusView";
import { loadScripts } from "./loader/scriptLoader";
import { ConversationStore } from "./preview/conversationStore";
import { PreviewWidget, type StateCause } from "./preview/previewWidget";
import { applyTheme, type HostTheme } from "./preview/theme";

export type { FrameState, LoaderStatus };

/** What happened in the widget, reported to Python (one model per type in octocom_streamlit/protocol/reports.py). */
export type { WidgetEvent };

export interface HostCallbacks {
  /** The frame should take this height in pixels; `state` drives the page's placement CSS. */
  onFrameSize?: (height: number, state: FrameState) => void;
  /** Something happened in the widget: a report for Python. */
  onReport?: (report: WidgetEvent) => void;
}

export interface HostEnvironment {
  /** Where dispatches remember their sequence (default: the tab's sessionStorage). */
  store?: SequenceStore;
  /** Element the preview widget mounts in (default: the document's body). */
  mount?: HTMLElement;
  /** The page to watch for `open_chat` carriers (default: the parent page, if same-origin). */
  page?: Document | null;
  /** Height of the visible viewport, to fit the open panel (default: unlimited). */
  viewportHeight?: () => number;
  /** Storage for delayed opens (default: the tab's sessionStorage). */
  storage?: Storage | null;
  /** Element that carries the widget's CSS variables and theme (default: the document element). */
  styleRoot?: HTMLElement;
  /**
   * Where the preview widget keeps its conversation per widget key, so that a widget drawn
   * again shows it (Streamlit: the tab's sessionStorage). Default: not kept (Jupyter's views
   * mirror each other instead).
   */
  conversationStorage?: Storage | null;
}

function sessionStorageOf(doc: Document): Storage | null {
  try {
    return (doc.defaultView ?? window).sessionStorage;
  } catch {
    return null;
  }
}

export class ChatHost {
  private widget: PreviewWidget | null = null;
  private conversation: ConversationStore | null = null;
  private sequencer: Sequencer | null = null;
  private delayed: DelayedOpens | null = null;
  private stream = "";
  private args: ComponentArgs | null = null;
  private theme: HostTheme | undefined;
  private stopWatching: (() => void) | null = null;
  private readonly inbox = new Inbox();
  private readonly store: SequenceStore;
  private loaderStatus: LoaderStatus = "none";
  private loaderView: LoaderStatusView | null = null;
  private suspended = false;
  private lastSize = "";

  constructor(
    private readonly doc: Document,
    private readonly callbacks: HostCallbacks = {},
    private readonly env: HostEnvironment = {},
  ) {
    this.store = env.store ?? browserSequenceStore(doc.defaultView ?? window);
  }

  get options(): WidgetOptions {
    return this.args?.options ?? DEFAULT_OPTIONS;
  }

  get preview(): PreviewWidget | null {
    return this.widget;
  }

  /** Recompute the frame size (the host viewport changed). */
  refresh(): void {
    if (this.args !== null) this.resize();
  }

  render(args: ComponentArgs, theme?: HostTheme): void {
    const first = this.args === null;
    this.args = args;
    if (theme !== undefined) this.theme = theme;
    if (first) {
      if (args.options.loader && args.options.loader.length > 0) void this.startLoader();
      else this.ensureWidget();
    }
    this.widget?.configure({ ...args.options });
    applyTheme(this.env.styleRoot ?? this.doc.documentElement, this.theme, args.options.accentColor);
    const stream = `${args.session}:${args.widgetKey}`;
    if (stream !== this.stream || this.sequencer === null) {
      this.stream = stream;
      this.delayed?.suspend();
      this.sequencer = new Sequencer(stream, this.store, (envelope) => this.execute(envelope));
      this.delayed = new DelayedOpens(stream, this.env.storage ?? sessionStorageOf(this.doc), (e) => this.fire(e));
      this.delayed.restore();
    }
    this.ensureCarrierWatch();
    // While nothing can be delivered (loader down, unloading), keep every envelope the
    // args brought in the inbox: Python's replay window moves on, this iframe must not forget them.
    if (!this.deliverable) this.inbox.keepFromArgs(args.envelopes);
    this.deliver();
    this.resize();
  }

  /** A carrier seen on the host page (or any other route outside the args); kept in the inbox until deliverable. */
  receive(payload: CarrierPayload): void {
    this.inbox.keepFromPage(payload);
    this.deliver();
  }

  /**
   * Stop taking deliveries: the document is about to unload (a reload of the iframe).
   * Whatever arrives now stays undelivered, so the next document dispatches it instead
   * of this one consuming it unseen. `resume` undoes it (the unload did not happen).
   */
  suspend(): void {
    this.suspended = true;
  }

  resume(): void {
    this.suspended = false;
    this.deliver();
  }

  /** Try the loader again (after a failure). */
  retryLoader(): Promise<void> {
    return this.startLoader();
  }

  destroy(): void {
    this.stopWatching?.();
    this.delayed?.suspend();
    this.widget?.destroy();
  }

  private get ready(): boolean {
    return this.loaderStatus === "none" || this.loaderStatus === "ready";
  }

  private get deliverable(): boolean {
    return this.ready && !this.suspended;
  }

  /**
   * Offer what arrived to the sequencer, once the widget can take it: first the inbox
   * (args envelopes kept while it could not deliver, and this stream's carriers), then
   * the current args window, which may skip a gap only after those filled what they can.
   */
  private deliver(): void {
    if (this.args === null || this.sequencer === null || !this.deliverable) return;
    const kept = this.inbox.takeFor(this.args.session, this.args.widgetKey);
    if (kept.length) this.sequencer.offer(kept);
    this.sequencer.offerWindow(this.args.envelopes);
  }

  private execute(envelope: Envelope): void {
    if (envelope.kind === "open") {
      if (envelope.delayMs) this.delayed?.schedule(envelope);
      else this.fire(envelope);
    } else if (envelope.kind === "reply") {
      this.widget?.addReply(envelope.reply.content); // the live widget has no such event
    } else {
      this.delayed?.cancelAll();
    }
    this.callbacks.onReport?.({ type: "delivered", seq: envelope.seq, kind: envelope.kind });
  }

  private fire(envelope: OpenEnvelope): void {
    dispatchOpenChat(this.doc, envelope.detail);
  }

  private ensureWidget(): PreviewWidget {
    if (this.widget === null) {
      this.widget = new PreviewWidget(this.doc, { ...this.options }, {
        onStateChange: (state, cause) => {
          this.resize();
          this.callbacks.onReport?.({ type: state === "open" ? "opened" : "closed", by: cause });
        },
        onCustomerMessage: (content) => this.callbacks.onReport?.({ type: "customer_message", content }),
        onMessage: (role, content, imageUrl) =>
          this.conversation?.add(imageUrl === undefined ? { role, content } : { role, content, imageUrl }),
      });
      this.widget.mount(this.env.mount ?? this.doc.body);
      if (this.env.conversationStorage && this.args !== null) {
        // Drawn again in this tab: show what the widget showed before, dispatching nothing.
        this.conversation = new ConversationStore(this.env.conversationStorage, this.args.widgetKey);
        this.widget.restore(this.conversation.load());
      }
    }
    return this.widget;
  }

  private async startLoader(): Promise<void> {
    const scripts = this.options.loader ?? [];
    this.setLoaderStatus("loading");
    try {
      await loadScripts(this.doc, scripts, this.options.loaderTimeout * 1000);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.setLoaderStatus("failed", message);
      this.callbacks.onReport?.({ type: "loader_failed", error: message });
      return;
    }
    this.setLoaderStatus("ready");
    this.callbacks.onReport?.({ type: "loader_ready" });
    this.deliver();
  }

  private setLoaderStatus(status: Exclude<LoaderStatus, "none">, error = ""): void {
    this.loaderStatus = status;
    if (this.loaderView === null) {
      this.loaderView = new LoaderStatusView(this.doc, this.env.mount ?? this.doc.body, () => void this.retryLoader());
    }
    this.loaderView.show(status, error);
    this.resize();
  }

  private ensureCarrierWatch(): void {
    if (this.stopWatching !== null) return;
    const page = this.env.page !== undefined ? this.env.page : hostDocument(this.doc.defaultView ?? window);
    if (!page) {
      this.stopWatching = () => undefined;
      return;
    }
    const stopCarriers = watchCarriers(page, (payload) => this.receive(payload));
    const stopButtons = watchChatButtons(
      page,
      () => this.args?.widgetKey ?? "",
      (detail) => {
        if (!this.deliverable) return; // no widget to open (yet, or any more)
        dispatchOpenChat(this.doc, detail);
        this.callbacks.onReport?.({ type: "button_clicked" });
      },
    );
    this.stopWatching = () => {
      stopCarriers();
      stopButtons();
    };
  }

  private resize(): void {
    const { height, state, panelHeight } = frameSize({
      options: this.options,
      loaderStatus: this.loaderStatus,
      panelOpen: this.widget?.isOpen ?? false,
      viewportHeight: this.env.viewportHeight?.() ?? Number.POSITIVE_INFINITY,
    });
    if (panelHeight !== null) this.setPanelHeight(panelHeight);
    const size = `${height}:${state}`;
    if (size === this.lastSize) return; // every render asks; only a change is news to the page
    this.lastSize = size;
    this.callbacks.onFrameSize?.(height, state);
  }

  private setPanelHeight(px: number): void {
    const style = (this.env.styleRoot ?? this.doc.documentElement).style;
    const value = `${px}px`;
    if (style.getPropertyValue("--oc-panel-height") !== value) style.setProperty("--oc-panel-height", value);
  }
}
