import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ChatHost, type WidgetEvent } from "./chatHost";
import { MemorySequenceStore } from "./delivery/sequenceStore";
import { DEFAULT_LOADER_HEIGHT, LAUNCHER_FRAME_HEIGHT, LOADER_STATUS_HEIGHT } from "./frameSize";
import { DEFAULT_OPTIONS, type ComponentArgs, type WidgetOptions } from "./protocol/args";
import type { CarrierPayload, Envelope } from "./protocol/envelope";

const open = (seq: number, extra: Partial<Envelope> = {}): Envelope =>
  ({ seq, id: `i${seq}`, kind: "open", detail: { type: "OPEN_OCTOCOM", message: { content: `m${seq}` } }, ...extra }) as Envelope;

const args = (envelopes: Envelope[], options: Partial<WidgetOptions> = {}): ComponentArgs => ({
  session: "s",
  widgetKey: "octocom",
  envelopes,
  options: { ...DEFAULT_OPTIONS, ...options },
});

function newHost(callbacks = {}) {
  return new ChatHost(document, callbacks, { store: new MemorySequenceStore(), page: null, storage: null });
}

describe("ChatHost", () => {
  let host: ChatHost | undefined;
  let seen: unknown[];
  const record = (e: Event) => seen.push((e as CustomEvent).detail);
  beforeEach(() => {
    seen = [];
    document.addEventListener("openChatEvent", record);
  });
  afterEach(() => {
    document.removeEventListener("openChatEvent", record);
    host?.destroy();
    document.body.innerHTML = "";
    vi.useRealTimers();
  });

  it("render is idempotent: repeating args dispatches nothing more", () => {
    host = newHost();
    host.render(args([open(1), open(2)]));
    host.render(args([open(1), open(2)]));
    host.render(args([open(2)]));
    expect(seen).toHaveLength(2);
    expect(document.querySelectorAll(".oc-root")).toHaveLength(1);
  });

  it("follows the open/closed state with the frame height", () => {
    const sizes: [number, string][] = [];
    host = newHost({ onFrameSize: (h: number, s: string) => sizes.push([h, s]) });
    host.render(args([]));
    host.preview?.open();
    host.preview?.close();
    expect(sizes[0]).toEqual([LAUNCHER_FRAME_HEIGHT, "closed"]);
    expect(sizes[1]?.[0]).toBeGreaterThan(LAUNCHER_FRAME_HEIGHT);
    expect(sizes[1]?.[1]).toBe("open");
    expect(sizes.at(-1)).toEqual([LAUNCHER_FRAME_HEIGHT, "closed"]);
  });

  it("reports a frame size only when it changes (a rerun re-renders with the same args)", () => {
    const sizes: [number, string][] = [];
    host = newHost({ onFrameSize: (h: number, s: string) => sizes.push([h, s]) });
    host.render(args([]));
    host.render(args([]));
    host.refresh();
    expect(sizes).toEqual([[LAUNCHER_FRAME_HEIGHT, "closed"]]);
    host.preview?.open();
    host.render(args([]));
    expect(sizes.map(([, state]) => state)).toEqual(["closed", "open"]);
  });

  it("fits the open panel in a small viewport", () => {
    const sizes: number[] = [];
    host = new ChatHost(document, { onFrameSize: (h) => sizes.push(h) }, {
      store: new MemorySequenceStore(),
      page: null,
      viewportHeight: () => 600,
    });
    host.render(args([]));
    host.preview?.open();
    expect(sizes.at(-1)).toBeLessThanOrEqual(600 - 24);
  });

  it("inline layout shows the panel at the given height without a launcher", () => {
    const sizes: [number, string][] = [];
    host = newHost({ onFrameSize: (h: number, s: string) => sizes.push([h, s]) });
    host.render(args([], { layout: "inline", height: 480 }));
    expect(host.preview?.isOpen).toBe(true);
    expect(sizes.at(-1)).toEqual([480, "open"]);
    expect(document.querySelector(".oc-root")?.getAttribute("data-layout")).toBe("inline");
  });

  it("takes carriers only for its own session and key, even before the first render", () => {
    host = newHost();
    const carrier = (session: string, key: string, seq: number): CarrierPayload => ({
      envelope: open(seq),
      v: 1,
      session,
      key,
    });
    host.receive(carrier("s", "octocom", 1));
    host.receive(carrier("other", "octocom", 1));
    host.render(args([]));
    host.receive(carrier("s", "another-key", 2));
    host.receive(carrier("s", "octocom", 2));
    expect(seen).toEqual([
      { type: "OPEN_OCTOCOM", message: { content: "m1" } },
      { type: "OPEN_OCTOCOM", message: { content: "m2" } },
    ]);
  });

  it("adds agent replies to the preview widget as text", () => {
    host = newHost();
    host.render(args([{ seq: 1, id: "r", kind: "reply", reply: { content: "<b>We can help</b>" } }], { greeting: "" }));
    const agent = [...document.querySelectorAll(".oc-msg--agent .oc-msg-text")].map((e) => e.textContent);
    expect(agent).toEqual(["<b>We can help</b>"]);
    expect(seen).toEqual([]);
  });

  it("dispatches a delayed open once after its delay, and cancel drops pending ones", () => {
    vi.useFakeTimers();
    host = newHost();
    host.render(args([open(1, { delayMs: 1000 } as Partial<Envelope>)]));
    expect(seen).toHaveLength(0);
    host.render(args([open(1, { delayMs: 1000 } as Partial<Envelope>)])); // a rerun meanwhile
    vi.advanceTimersByTime(1000);
    expect(seen).toHaveLength(1);
    host.render(args([open(2, { delayMs: 1000 } as Partial<Envelope>), { seq: 3, id: "c", kind: "cancel" }]));
    vi.advanceTimersByTime(5000);
    expect(seen).toHaveLength(1);
  });

  it("reports what happened: person opened, message typed, delivered", () => {
    const reports: WidgetEvent[] = [];
    host = newHost({ onReport: (r: WidgetEvent) => reports.push(r) });
    host.render(args([open(1)]));
    document.querySelector<HTMLButtonElement>(".oc-close")?.click();
    document.querySelector<HTMLButtonElement>(".oc-launcher")?.click();
    const input = document.querySelector<HTMLInputElement>(".oc-input")!;
    input.value = "typed";
    input.form!.requestSubmit();
    expect(reports).toEqual([
      { type: "opened", by: "event" },
      { type: "delivered", seq: 1, kind: "open" },
      { type: "closed", by: "person" },
      { type: "opened", by: "person" },
      { type: "customer_message", content: "typed" },
    ]);
  });
});

describe("ChatHost keeps the preview conversation for the tab", () => {
  let seen: unknown[];
  const record = (e: Event) => seen.push((e as CustomEvent).detail);
  beforeEach(() => {
    seen = [];
    sessionStorage.clear();
    document.addEventListener("openChatEvent", record);
  });
  afterEach(() => {
    document.removeEventListener("openChatEvent", record);
    document.body.innerHTML = "";
  });

  const keepingHost = (reports: WidgetEvent[] = []) =>
    new ChatHost(document, { onReport: (r) => reports.push(r) }, {
      store: new MemorySequenceStore(),
      page: null,
      storage: null,
      conversationStorage: sessionStorage,
    });
  const texts = (role: string) => [...document.querySelectorAll(`.oc-msg--${role} .oc-msg-text`)].map((e) => e.textContent);

  it("a widget drawn again shows the conversation, as text, and dispatches and reports nothing", () => {
    const first = keepingHost();
    first.render(args([open(1), { seq: 2, id: "r2", kind: "reply", reply: { content: "<b>Sure</b>" } } as Envelope]));
    first.preview?.open();
    const input = document.querySelector<HTMLInputElement>(".oc-input")!;
    input.value = "<img src=x onerror=alert(1)>";
    input.form!.requestSubmit();
    first.destroy();
    expect(seen).toHaveLength(1);

    const reports: WidgetEvent[] = [];
    const again = keepingHost(reports);
    again.render({ ...args([]), session: "a-new-session" }); // a reload of the tab is a new Streamlit session
    expect(texts("customer")).toEqual(["m1", "<img src=x onerror=alert(1)>"]);
    expect(texts("agent")).toEqual([DEFAULT_OPTIONS.greeting, "<b>Sure</b>"]);
    expect(document.querySelector(".oc-msg img, .oc-msg b")).toBeNull();
    expect(seen).toHaveLength(1); // nothing dispatched again
    expect(reports).toEqual([]); // nothing reported to Python
    expect(again.preview?.isOpen).toBe(false);
    again.destroy();
  });

  it("keeps each widget key's own conversation", () => {
    const first = keepingHost();
    first.render(args([open(1)]));
    first.destroy();
    const other = keepingHost();
    other.render({ ...args([]), widgetKey: "support" });
    expect(texts("customer")).toEqual([]);
    other.destroy();
  });

  it("keeps nothing without conversation storage (the Jupyter views mirror each other instead)", () => {
    const first = newHost();
    first.render(args([open(1)]));
    first.destroy();
    const again = newHost();
    again.render(args([]));
    expect(texts("customer")).toEqual([]);
    again.destroy();
  });
});

describe("ChatHost while it cannot deliver", () => {
  afterEach(() => {
    document.body.innerHTML = "";
  });

  it("keeps args envelopes that leave Python's window and delivers them in order on resume", () => {
    const seen: unknown[] = [];
    const record = (e: Event) => seen.push((e as CustomEvent).detail);
    document.addEventListener("openChatEvent", record);
    const host = newHost();
    host.render(args([]));
    host.suspend();
    host.render(args([open(1), open(2)]));
    host.render(args([open(3)])); // #1 and #2 left the replay window meanwhile
    host.resume();
    expect(seen.map((d) => (d as { message: { content: string } }).message.content)).toEqual(["m1", "m2", "m3"]);
    document.removeEventListener("openChatEvent", record);
    host.destroy();
  });
});

describe("ChatHost with the real widget's loader", () => {
  afterEach(() => {
    document.body.innerHTML = "";
    document.head.innerHTML = "";
  });

  it("holds commands while the loader runs, then reports it ready and delivers them once", async () => {
    const seen: unknown[] = [];
    const record = (e: Event) => seen.push((e as CustomEvent).detail);
    document.addEventListener("openChatEvent", record);
    const reports: WidgetEvent[] = [];
    const sizes: [number, string][] = [];
    const host = newHost({ onReport: (r: WidgetEvent) => reports.push(r), onFrameSize: (h: number, s: string) => sizes.push([h, s]) });
    // An inline script: jsdom runs none, so it "loads" at once, in the next microtask.
    host.render(args([open(1)], { loader: [{ code: "window.loaded = true", attributes: {} }] }));
    expect(seen).toEqual([]);
    expect(document.querySelector<HTMLElement>(".oc-loader-status")?.dataset.status).toBe("loading");
    expect(host.preview).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual([{ type: "OPEN_OCTOCOM", message: { content: "m1" } }]);
    host.render(args([open(1)], { loader: [{ code: "window.loaded = true", attributes: {} }] }));
    expect(seen).toHaveLength(1);
    expect(reports).toEqual([{ type: "loader_ready" }, { type: "delivered", seq: 1, kind: "open" }]);
    expect(sizes).toEqual([
      [LOADER_STATUS_HEIGHT, "window"],
      [DEFAULT_LOADER_HEIGHT, "window"],
    ]);
    document.removeEventListener("openChatEvent", record);
    host.destroy();
  });
});
