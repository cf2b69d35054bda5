import { afterEach, describe, expect, it } from "vitest";
import { ChatHost, LAUNCHER_FRAME_HEIGHT } from "./chatHost";
import { MemorySequenceStore } from "./delivery/sequenceStore";
import type { WidgetArgs } from "./protocol/args";

const args = (seqs: number[], extra: Partial<WidgetArgs> = {}): WidgetArgs => ({
  session: "s",
  widgetKey: "octocom",
  fixedHeight: null,
  events: seqs.map((seq) => ({ seq, id: `i${seq}`, detail: { type: "OPEN_OCTOCOM", message: { content: `m${seq}` } } })),
  ...extra,
});

describe("ChatHost", () => {
  let host: ChatHost | undefined;
  afterEach(() => {
    host?.destroy();
    document.body.innerHTML = "";
  });

  it("render is idempotent: repeating args dispatches nothing more", () => {
    const seen: unknown[] = [];
    document.addEventListener("openChatEvent", (e) => seen.push((e as CustomEvent).detail));
    host = new ChatHost(document, {}, new MemorySequenceStore());
    host.render(args([1, 2]));
    host.render(args([1, 2]));
    host.render(args([2]));
    expect(seen).toHaveLength(2);
    expect(document.querySelectorAll(".oc-root")).toHaveLength(1);
  });

  it("follows the open/closed state with the frame height", () => {
    const heights: number[] = [];
    host = new ChatHost(document, { onFrameHeight: (h) => heights.push(h) }, new MemorySequenceStore());
    host.render(args([]));
    host.preview?.open();
    host.preview?.close();
    expect(heights[0]).toBe(LAUNCHER_FRAME_HEIGHT);
    expect(heights[1]).toBeGreaterThan(LAUNCHER_FRAME_HEIGHT);
    expect(heights[2]).toBe(LAUNCHER_FRAME_HEIGHT);
  });

  it("takes carriers only for its own session and key, even before the first render", () => {
    const seen: unknown[] = [];
    document.addEventListener("openChatEvent", (e) => seen.push((e as CustomEvent).detail));
    host = new ChatHost(document, {}, new MemorySequenceStore());
    const carrier = (session: string, key: string, seq: number) => ({
      v: 1 as const,
      session,
      key,
      seq,
      id: `c${seq}`,
      detail: { type: "OPEN_OCTOCOM" as const, message: { content: `c${seq}` } },
    });
    host.receive(carrier("s", "octocom", 1));
    host.receive(carrier("other", "octocom", 1));
    host.render(args([]));
    host.receive(carrier("s", "another-key", 2));
    host.receive(carrier("s", "octocom", 2));
    expect(seen).toEqual([
      { type: "OPEN_OCTOCOM", message: { content: "c1" } },
      { type: "OPEN_OCTOCOM", message: { content: "c2" } },
    ]);
  });
});
