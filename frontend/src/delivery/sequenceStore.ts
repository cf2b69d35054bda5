/**
 * Remembers, per browser session and widget key, the last sequence number that was
 * dispatched. It lives outside the component iframe (the tab's sessionStorage,
 * shared by the page and its same-origin iframes), so a remounted iframe does not
 * replay what was already dispatched.
 */

export interface SequenceStore {
  lastDispatched(stream: string): number;
  remember(stream: string, seq: number): void;
}

const PREFIX = "octocom-streamlit:last-seq:";

export class MemorySequenceStore implements SequenceStore {
  private readonly values = new Map<string, number>();
  lastDispatched(stream: string): number {
    return this.values.get(stream) ?? 0;
  }
  remember(stream: string, seq: number): void {
    this.values.set(stream, seq);
  }
}

/** sessionStorage when the browser allows it, else memory (then only the iframe's life). */
export class SessionSequenceStore implements SequenceStore {
  private readonly fallback = new MemorySequenceStore();
  constructor(private readonly storage: Storage | null) {}

  lastDispatched(stream: string): number {
    try {
      const raw = this.storage?.getItem(PREFIX + stream);
      const stored = raw === null || raw === undefined ? 0 : Number.parseInt(raw, 10);
      return Math.max(Number.isFinite(stored) ? stored : 0, this.fallback.lastDispatched(stream));
    } catch {
      return this.fallback.lastDispatched(stream);
    }
  }

  remember(stream: string, seq: number): void {
    this.fallback.remember(stream, seq);
    try {
      this.storage?.setItem(PREFIX + stream, String(seq));
    } catch {
      // Storage full or blocked: the in-memory copy still prevents duplicates in this iframe.
    }
  }
}

export function browserSequenceStore(win: Window): SequenceStore {
  let storage: Storage | null = null;
  try {
    storage = win.sessionStorage;
  } catch {
    storage = null;
  }
  return new SessionSequenceStore(storage);
}
