/**
 * An anywidget model held in memory, for tests of the notebook entry without a
 * Jupyter page: traits with `change:` listeners, and the trait writes the view saves
 * for Python. The end-to-end tests run the same entry in real notebook front ends.
 * A test double: it lives in test-support/, outside the production sources in src/.
 */

import type { AnyModel, Listener } from "../src/jupyter/anyModel";

export class MemoryModel implements AnyModel {
  /** Each `save_changes()`: the traits the page set since the last one, as sent to Python. */
  readonly saved: Record<string, unknown>[] = [];
  private pending: Record<string, unknown> = {};
  private readonly listeners = new Map<string, Set<Listener>>();

  constructor(private readonly state: Record<string, unknown>) {}

  get(name: string): unknown {
    return this.state[name];
  }

  /** The page sets a trait (sent to Python by the next `save_changes`). */
  set(name: string, value: unknown): void {
    this.pending[name] = value;
    this.sync(name, value);
  }

  /** What the kernel does when Python sets a synced trait. */
  sync(name: string, value: unknown): void {
    this.state[name] = value;
    for (const listener of [...(this.listeners.get(`change:${name}`) ?? [])]) listener();
  }

  save_changes(): void {
    this.saved.push(this.pending);
    this.pending = {};
  }

  on(event: string, callback: Listener): void {
    let set = this.listeners.get(event);
    if (set === undefined) {
      set = new Set();
      this.listeners.set(event, set);
    }
    set.add(callback);
  }

  off(event?: string | null, callback?: Listener | null): void {
    if (event == null) this.listeners.clear();
    else if (callback == null) this.listeners.delete(event);
    else this.listeners.get(event)?.delete(callback);
  }

  /** How many `change:` listeners are registered (the views still attached). */
  get listenerCount(): number {
    return [...this.listeners.values()].reduce((sum, set) => sum + set.size, 0);
  }
}
