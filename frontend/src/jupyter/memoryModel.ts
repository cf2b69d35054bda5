/**
 * An anywidget model held in memory, for tests of the notebook entry without a
 * Jupyter page: traits with `change:` listeners, and the custom messages the view
 * sends to Python. The end-to-end test runs the same entry in a real JupyterLab.
 */

import type { AnyModel, Listener } from "./anyModel";

export class MemoryModel implements AnyModel {
  readonly sent: unknown[] = [];
  private readonly listeners = new Map<string, Set<Listener>>();

  constructor(private readonly state: Record<string, unknown>) {}

  get(name: string): unknown {
    return this.state[name];
  }

  /** What the kernel does when Python sets a synced trait. */
  set(name: string, value: unknown): void {
    this.state[name] = value;
    for (const listener of [...(this.listeners.get(`change:${name}`) ?? [])]) listener();
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

  send(content: unknown): void {
    this.sent.push(content);
  }

  /** How many `change:` listeners are registered (the views still attached). */
  get listenerCount(): number {
    return [...this.listeners.values()].reduce((sum, set) => sum + set.size, 0);
  }
}
