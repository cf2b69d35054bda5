import { describe, expect, it, vi } from "vitest";
import type { Envelope } from "../protocol/envelope";
import { Sequencer } from "./sequencer";
import { MemorySequenceStore, SessionSequenceStore } from "./sequenceStore";

const env = (seq: number, content = `m${seq}`): Envelope => ({
  seq,
  id: `id${seq}`,
  kind: "open",
  detail: { type: "OPEN_OCTOCOM", message: { content } },
});

function setup(store = new MemorySequenceStore()) {
  const seen: number[] = [];
  const sequencer = new Sequencer("s:k", store, (e) => seen.push(e.seq));
  return { seen, sequencer, store };
}

describe("Sequencer", () => {
  it("dispatches in order, each once", () => {
    const { seen, sequencer } = setup();
    sequencer.offerWindow([env(1), env(2)]);
    sequencer.offer([env(2), env(3)]);
    sequencer.offerWindow([env(1), env(2), env(3)]);
    expect(seen).toEqual([1, 2, 3]);
  });

  it("holds a carrier back until the earlier envelope arrives", () => {
    const { seen, sequencer } = setup();
    sequencer.offer([env(2)]);
    expect(seen).toEqual([]);
    sequencer.offerWindow([env(1)]);
    expect(seen).toEqual([1, 2]);
  });

  it("skips a gap only when the args window says the envelopes expired", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const { seen, sequencer } = setup();
    sequencer.offer([env(5)]);
    expect(seen).toEqual([]);
    sequencer.offerWindow([env(4), env(5)]);
    expect(seen).toEqual([4, 5]);
    expect(warn).toHaveBeenCalledOnce();
  });

  it("does not replay after a remount that shares the store", () => {
    const store = new MemorySequenceStore();
    const first = setup(store);
    first.sequencer.offerWindow([env(1), env(2)]);
    const second = setup(store);
    second.sequencer.offerWindow([env(1), env(2), env(3)]);
    expect(first.seen).toEqual([1, 2]);
    expect(second.seen).toEqual([3]);
  });

  it("remembers before dispatching, so a throwing listener cannot cause a repeat", () => {
    const store = new MemorySequenceStore();
    const sequencer = new Sequencer("s:k", store, () => {
      throw new Error("listener failed");
    });
    expect(() => sequencer.offerWindow([env(1)])).toThrow();
    expect(store.lastDispatched("s:k")).toBe(1);
  });

  it("keeps streams apart", () => {
    const store = new MemorySequenceStore();
    store.remember("other:k", 9);
    const { seen, sequencer } = setup(store);
    sequencer.offerWindow([env(1)]);
    expect(seen).toEqual([1]);
  });
});

describe("SessionSequenceStore", () => {
  it("persists in sessionStorage", () => {
    const store = new SessionSequenceStore(window.sessionStorage);
    store.remember("a", 3);
    expect(new SessionSequenceStore(window.sessionStorage).lastDispatched("a")).toBe(3);
  });
  it("falls back to memory when storage throws", () => {
    const broken = {
      getItem: () => {
        throw new Error("blocked");
      },
      setItem: () => {
        throw new Error("blocked");
      },
    } as unknown as Storage;
    const store = new SessionSequenceStore(broken);
    store.remember("a", 2);
    expect(store.lastDispatched("a")).toBe(2);
  });
});
