/**
 * When each of one widget's commands from Python runs: once, in order, whichever route
 * brought it (the args window of each render, or a carrier seen on the host page). The
 * commands of one stream (a session and widget key) go through its Sequencer, which
 * remembers each `seq` in the store; delayed opens wait in its DelayedOpens (which outlive
 * a reload) and a cancel drops them. A new stream gets both anew. While the widget cannot
 * take commands (the real widget still loads, or the document unloads: `suspend`) what
 * arrives waits in the Inbox, args envelopes included: Python's replay window moves on,
 * this document must not forget them.
 */

import type { ComponentArgs } from "../protocol/args";
import type { CarrierPayload, Envelope, OpenEnvelope } from "../protocol/envelope";
import { DelayedOpens } from "./delayedOpens";
import { Inbox } from "./inbox";
import { Sequencer } from "./sequencer";
import type { SequenceStore } from "./sequenceStore";

export interface CommandHandlers {
  /** Whether the widget can take commands (the preview always; the real widget once loaded). */
  ready: () => boolean;
  /** Dispatch an open: now, or when its delay ran out. */
  fire: (open: OpenEnvelope) => void;
  /** A command took its turn (an open was fired or scheduled, a cancel done): the rest is the widget's. */
  ran: (envelope: Envelope) => void;
}

export class CommandDelivery {
  private args: ComponentArgs | null = null;
  private stream = "";
  private sequencer: Sequencer | null = null;
  private delayed: DelayedOpens | null = null;
  private suspended = false;
  private readonly inbox = new Inbox();

  constructor(
    private readonly store: SequenceStore,
    private readonly storage: Storage | null,
    private readonly handlers: CommandHandlers,
  ) {}

  /** Whether commands run now: the widget can take them and the document is not unloading. */
  get deliverable(): boolean {
    return this.handlers.ready() && !this.suspended;
  }

  /** New args: their stream becomes the current one. `takeWindow` then delivers their envelopes. */
  follow(args: ComponentArgs): void {
    this.args = args;
    const stream = `${args.session}:${args.widgetKey}`;
    if (stream !== this.stream || this.sequencer === null) {
      this.stream = stream;
      this.delayed?.suspend();
      this.sequencer = new Sequencer(stream, this.store, (envelope) => this.execute(envelope));
      this.delayed = new DelayedOpens(stream, this.storage, this.handlers.fire);
      this.delayed.restore();
    }
  }

  /** Deliver the args window of the last `follow`, or keep it in the inbox while nothing can be delivered. */
  takeWindow(): void {
    if (this.args !== null && !this.deliverable) this.inbox.keepFromArgs(this.args.envelopes);
    this.deliver();
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

  /**
   * Offer what arrived to the sequencer, once the widget can take it: first the inbox
   * (args envelopes kept while it could not deliver, and this stream's carriers), then
   * the current args window, which may skip a gap only after those filled what they can.
   */
  deliver(): void {
    if (this.args === null || this.sequencer === null || !this.deliverable) return;
    const kept = this.inbox.takeFor(this.args.session, this.args.widgetKey);
    if (kept.length) this.sequencer.offer(kept);
    this.sequencer.offerWindow(this.args.envelopes);
  }

  /** The widget goes: pending delayed opens stay stored for the next document, unarmed here. */
  stop(): void {
    this.delayed?.suspend();
  }

  private execute(envelope: Envelope): void {
    if (envelope.kind === "open") {
      if (envelope.delayMs) this.delayed?.schedule(envelope);
      else this.handlers.fire(envelope);
    } else if (envelope.kind === "cancel") {
      this.delayed?.cancelAll();
    }
    this.handlers.ran(envelope);
  }
}
