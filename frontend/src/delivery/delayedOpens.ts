/**
 * Opens scheduled with `open_chat(..., delay=seconds)`: the browser dispatches them
 * once, after the delay, whatever the script does meanwhile. Pending ones are kept in
 * sessionStorage with their due time, so a remounted iframe still fires them (late
 * ones at once) and never twice; `cancel_pending` drops them.
 */

import type { OpenEnvelope } from "../protocol/envelope";

interface Pending {
  seq: number;
  dueAt: number;
  envelope: OpenEnvelope;
}

const PREFIX = "octocom-streamlit:delayed:";

export class DelayedOpens {
  private readonly timers = new Map<number, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly stream: string,
    private readonly storage: Storage | null,
    private readonly fire: (envelope: OpenEnvelope) => void,
    private readonly now: () => number = Date.now,
  ) {}

  /** Re-arm what an earlier iframe of this stream left pending. */
  restore(): void {
    for (const pending of this.load()) this.arm(pending);
  }

  schedule(envelope: OpenEnvelope): void {
    const pending = { seq: envelope.seq, dueAt: this.now() + (envelope.delayMs ?? 0), envelope };
    this.save([...this.load().filter((p) => p.seq !== envelope.seq), pending]);
    this.arm(pending);
  }

  cancelAll(): number {
    const count = this.load().length;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.save([]);
    return count;
  }

  get pendingCount(): number {
    return this.load().length;
  }

  /** Stop the timers without forgetting (the iframe is going away). */
  suspend(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private arm(pending: Pending): void {
    if (this.timers.has(pending.seq)) return;
    const wait = Math.max(0, pending.dueAt - this.now());
    this.timers.set(
      pending.seq,
      setTimeout(() => {
        this.timers.delete(pending.seq);
        const still = this.load();
        if (!still.some((p) => p.seq === pending.seq)) return; // cancelled, or fired by another iframe
        this.save(still.filter((p) => p.seq !== pending.seq)); // forget first: never twice
        this.fire(pending.envelope);
      }, wait),
    );
  }

  private memory: Pending[] = [];

  private load(): Pending[] {
    try {
      const raw = this.storage?.getItem(PREFIX + this.stream);
      if (raw) return JSON.parse(raw) as Pending[];
      if (this.storage) return [];
    } catch {
      // fall through to memory
    }
    return this.memory;
  }

  private save(pending: Pending[]): void {
    this.memory = pending;
    try {
      this.storage?.setItem(PREFIX + this.stream, JSON.stringify(pending));
    } catch {
      // memory copy still holds them for this iframe's life
    }
  }
}
