/**
 * Exactly-once, in-order delivery of the command envelopes of one stream (a session and
 * widget key).
 *
 * Envelopes arrive from two routes (the component args window and the page's carrier
 * elements), possibly twice, possibly out of order. The sequencer executes sequence
 * numbers strictly one after another, drops what it already executed, and holds back
 * an envelope until every earlier one arrived. Only the args window is authoritative
 * about expiry: if its oldest envelope is past a gap, the missing commands were
 * forgotten by Python and the gap is skipped.
 */

import type { Envelope } from "../protocol/envelope";
import type { SequenceStore } from "./sequenceStore";

export type Dispatch = (envelope: Envelope) => void;

export class Sequencer {
  /** Offered envelopes waiting for an earlier sequence number (CommandDelivery's inbox holds those not offered yet). */
  private readonly awaitingEarlier = new Map<number, Envelope>();

  constructor(
    private readonly stream: string,
    private readonly store: SequenceStore,
    private readonly dispatch: Dispatch,
  ) {}

  get lastDispatched(): number {
    return this.store.lastDispatched(this.stream);
  }

  /** Envelopes seen on the page (carriers): each waits until every earlier one arrived. */
  offer(envelopes: readonly Envelope[]): number {
    const last = this.lastDispatched;
    for (const envelope of envelopes) {
      if (envelope.seq <= last || this.awaitingEarlier.has(envelope.seq)) continue;
      this.awaitingEarlier.set(envelope.seq, envelope);
    }
    return this.flush();
  }

  /** The args window from Python: complete from its first envelope on. */
  offerWindow(envelopes: readonly Envelope[]): number {
    const first = envelopes.reduce((min, e) => Math.min(min, e.seq), Number.POSITIVE_INFINITY);
    const last = this.lastDispatched;
    if (Number.isFinite(first) && first > last + 1) {
      console.warn(`octocom-streamlit: commands ${last + 1}..${first - 1} expired before this widget mounted`);
      this.store.remember(this.stream, first - 1);
      for (const seq of this.awaitingEarlier.keys()) if (seq < first) this.awaitingEarlier.delete(seq);
    }
    return this.offer(envelopes);
  }

  /** Execute the waiting envelopes that continue the last one executed; returns how many. */
  private flush(): number {
    let dispatched = 0;
    let next = this.lastDispatched + 1;
    for (const seq of [...this.awaitingEarlier.keys()]) if (seq < next) this.awaitingEarlier.delete(seq);
    let envelope = this.awaitingEarlier.get(next);
    while (envelope !== undefined) {
      this.awaitingEarlier.delete(next);
      // Remember first: a listener that throws must not cause a second dispatch.
      this.store.remember(this.stream, next);
      this.dispatch(envelope);
      dispatched += 1;
      next += 1;
      envelope = this.awaitingEarlier.get(next);
    }
    return dispatched;
  }
}
