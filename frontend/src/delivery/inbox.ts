/**
 * The inbox: envelopes that reached the widget while it could not take deliveries
 * (the loader is not ready, or the document is about to unload), kept until it can.
 *
 * Two routes fill it: args envelopes, which Python's replay window may drop before the
 * widget can deliver them, and carriers seen on the host page, which may belong to any
 * session and widget key. Emptying it yields the args envelopes first, then the carriers
 * of one session and key; carriers of any other stream are dropped. The sequencer then
 * puts them in order (its own buffer holds envelopes waiting for an earlier one).
 */

import type { CarrierPayload, Envelope } from "../protocol/envelope";

export class Inbox {
  /** Args envelopes by sequence number: a later copy replaces an earlier one in place. */
  private readonly fromArgs = new Map<number, Envelope>();
  /** Carriers from the page, in arrival order, for whatever session and key they name. */
  private readonly fromPage: CarrierPayload[] = [];

  /** Keep envelopes the args brought while they cannot be delivered. */
  keepFromArgs(envelopes: readonly Envelope[]): void {
    for (const envelope of envelopes) this.fromArgs.set(envelope.seq, envelope);
  }

  /** Keep a carrier seen on the page until it can be delivered. */
  keepFromPage(carrier: CarrierPayload): void {
    this.fromPage.push(carrier);
  }

  /**
   * Empty the inbox: every kept args envelope, then the carriers for this session and
   * widget key. Carriers for any other session or key are dropped.
   */
  takeFor(session: string, widgetKey: string): Envelope[] {
    const taken: Envelope[] = [...this.fromArgs.values()];
    taken.push(
      ...this.fromPage
        .splice(0)
        .filter((c) => c.session === session && c.key === widgetKey)
        .map((c) => c.envelope),
    );
    this.fromArgs.clear();
    return taken;
  }
}
