/**
 * Coordinates everything one widget runs, whatever binds it (Streamlit or Jupyter): the
 * preview widget or the real Octocom widget (loader/realWidgetLoader.ts, with its status
 * box), exactly-once delivery of Python's commands (delivery/commandDelivery.ts), carrier
 * and button watching on the host page, the frame's size (frameSize.ts, applied by
 * frameResizer.ts) and the reports to Python. Where it runs: hostEnvironment.ts.
 * `render` is idempotent: Streamlit sends new args to a live iframe on every rerun, and
 * repeating a render changes nothing.
 */

import { dispatchOpenChat } from "./dispatcher";
import type { FrameState } from "./frameSize";
import { FrameResizer } from "./frameResizer";
import { surroundings, type HostEnvironment, type Surroundings } from "./hostEnvironment";
import { DEFAULT_OPTIONS, type ComponentArgs, type WidgetOptions } from "./protocol/args";
import type { OpenChatDetail } from "./protocol/contract";
import type { CarrierPayload, Envelope } from "./protocol/envelope";
import type { WidgetEvent } from "./protocol/generated";
import { watchCarriers } from "./delivery/carrierWatcher";
import { watchChatButtons } from "./delivery/chatButtons";
import { CommandDelivery } from "./delivery/commandDelivery";
import type { LoaderStatus } from "./loader/loaderStatusView";
import { RealWidgetLoader, type LoadingStatus } from "./loader/realWidgetLoader";
import { ConversationStore } from "./preview/conversationStore";
import { PreviewWidget } from "./preview/previewWidget";
import { applyTheme, type HostTheme } from "./preview/theme";

export type { FrameState, HostEnvironment, LoaderStatus };

/** What happened in the widget, reported to Python (one model per type in octocom_streamlit/protocol/reports.py). */
export type { WidgetEvent };

export interface HostCallbacks {
  /** The frame should take this height in pixels; `state` drives the page's placement CSS. */
  onFrameSize?: (height: number, state: FrameState) => void;
  /** Something happened in the widget: a report for Python. */
  onReport?: (report: WidgetEvent) => void;
}

export class ChatHost {
  private widget: PreviewWidget | null = null;
  private conversation: ConversationStore | null = null;
  /** The real widget's loader, when the options bring one (then there is no preview widget). */
  private loader: RealWidgetLoader | null = null;
  private args: ComponentArgs | null = null;
  private theme: HostTheme | undefined;
  private stopWatching: (() => void) | null = null;
  private readonly env: Surroundings;
  private readonly frame: FrameResizer;
  private readonly delivery: CommandDelivery;

  constructor(
    private readonly doc: Document,
    private readonly callbacks: HostCallbacks = {},
    env: HostEnvironment = {},
  ) {
    this.env = surroundings(doc, env);
    this.frame = new FrameResizer(this.env.styleRoot, (height, state) => callbacks.onFrameSize?.(height, state));
    this.delivery = new CommandDelivery(this.env.store, this.env.storage, {
      ready: () => this.loader === null || this.loader.status === "ready",
      fire: (open) => dispatchOpenChat(doc, open.detail),
      ran: (envelope) => this.ran(envelope),
    });
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
      if (args.options.loader && args.options.loader.length > 0) this.startLoader();
      else this.startPreview(args.widgetKey);
    }
    this.widget?.configure({ ...args.options });
    applyTheme(this.env.styleRoot, this.theme, args.options.accentColor);
    this.delivery.follow(args);
    this.ensurePageWatch(); // on the first render, the carriers already on the page go before the args window
    this.delivery.takeWindow();
    this.resize();
  }

  /** A carrier seen on the host page (or any other route outside the args). */
  receive(payload: CarrierPayload): void {
    this.delivery.receive(payload);
  }

  /** The document is about to unload: deliveries wait for the next one (see CommandDelivery.suspend). */
  suspend(): void {
    this.delivery.suspend();
  }

  /** The unload did not happen: deliver again. */
  resume(): void {
    this.delivery.resume();
  }

  destroy(): void {
    this.stopWatching?.();
    this.delivery.stop();
    this.widget?.destroy();
  }

  /** A command took its turn: an agent reply joins the preview's conversation; Python hears it was delivered. */
  private ran(envelope: Envelope): void {
    if (envelope.kind === "reply") this.widget?.addReply(envelope.reply.content); // the live widget has no such event
    this.callbacks.onReport?.({ type: "delivered", seq: envelope.seq, kind: envelope.kind });
  }

  private startPreview(widgetKey: string): void {
    const widget = new PreviewWidget(this.doc, { ...this.options }, {
      onStateChange: (state, cause) => {
        this.resize();
        this.callbacks.onReport?.({ type: state === "open" ? "opened" : "closed", by: cause });
      },
      onCustomerMessage: (content) => this.callbacks.onReport?.({ type: "customer_message", content }),
      onMessage: (role, content, imageUrl) =>
        this.conversation?.add(imageUrl === undefined ? { role, content } : { role, content, imageUrl }),
    });
    this.widget = widget;
    widget.mount(this.env.mount);
    if (this.env.conversationStorage) {
      // Drawn again in this tab: show what the widget showed before, dispatching nothing.
      this.conversation = new ConversationStore(this.env.conversationStorage, widgetKey);
      widget.restore(this.conversation.load());
    }
  }

  private startLoader(): void {
    const onStatus = (status: LoadingStatus, error: string) => this.loaderChanged(status, error);
    this.loader = new RealWidgetLoader(this.doc, this.env.mount, () => this.options, onStatus);
    void this.loader.start();
  }

  /** The frame follows the loader's status; Python hears the outcome; once the widget is ready, deliver. */
  private loaderChanged(status: LoadingStatus, error: string): void {
    this.resize();
    if (status === "failed") this.callbacks.onReport?.({ type: "loader_failed", error });
    if (status !== "ready") return;
    this.callbacks.onReport?.({ type: "loader_ready" });
    this.delivery.deliver();
  }

  private ensurePageWatch(): void {
    if (this.stopWatching !== null) return;
    const page = this.env.page;
    if (!page) return void (this.stopWatching = () => undefined);
    const stops = [
      watchCarriers(page, (payload) => this.receive(payload)),
      watchChatButtons(page, () => this.args?.widgetKey ?? "", (detail) => this.buttonClicked(detail)),
    ];
    this.stopWatching = () => stops.forEach((stop) => stop());
  }

  private buttonClicked(detail: OpenChatDetail): void {
    if (!this.delivery.deliverable) return; // no widget to open (yet, or any more)
    dispatchOpenChat(this.doc, detail);
    this.callbacks.onReport?.({ type: "button_clicked" });
  }

  private resize(): void {
    this.frame.fit({
      options: this.options,
      loaderStatus: this.loader?.status ?? "none",
      panelOpen: this.widget?.isOpen ?? false,
      viewportHeight: this.env.viewportHeight(),
    });
  }
}
