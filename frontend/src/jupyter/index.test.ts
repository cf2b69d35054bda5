import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Envelope } from "../protocol/envelope";
import { REPORT_FALLBACK_MS } from "./chatView";
import widget from "./index";
import { MemoryModel } from "../../test-support/memoryModel";
import { MAX_UNREAD, type PageReport } from "./reportsTrait";
import { CONTAINER_CLASS, PREVIEW_STYLES_ID } from "./notebookStyles";

let sessions = 0;

function newModel(options: Record<string, unknown> = {}): MemoryModel {
  sessions += 1;
  return new MemoryModel({
    _session: `session-${sessions}-${Math.random()}`,
    _widget_key: "octocom",
    _envelopes: [],
    _options: options,
  });
}

const open = (seq: number, content = `m${seq}`): Envelope => ({
  seq,
  id: `id${seq}`,
  kind: "open",
  detail: { type: "OPEN_OCTOCOM", message: { content } },
});

/** Append envelopes the way Python does: the whole window, one more command each time. */
function push(model: MemoryModel, ...envelopes: Envelope[]): void {
  for (const envelope of envelopes) model.sync("_envelopes", [...(model.get("_envelopes") as Envelope[]), envelope]);
}

function view(model: MemoryModel): { el: HTMLElement; remove: () => void } {
  const el = document.createElement("div");
  document.body.appendChild(el);
  const cleanup = widget.render({ model, el });
  return {
    el,
    remove: () => {
      if (typeof cleanup === "function") cleanup();
      el.remove();
    },
  };
}

const bubbles = (el: HTMLElement, role = "customer") =>
  [...el.querySelectorAll(`.oc-msg--${role} .oc-msg-text`)].map((node) => node.textContent);

/** Let the page paint a frame: the views write their reports after it. */
const nextFrame = () => vi.runAllTimers();

/** Every report the page wrote to `_reports` (each write carries the unread window), once each, after a frame. */
function reports(model: MemoryModel): PageReport[] {
  nextFrame();
  const byN = new Map<number, PageReport>();
  for (const write of model.saved) for (const report of (write._reports as PageReport[] | undefined) ?? []) byN.set(report.n, report);
  return [...byN.values()].sort((a, b) => a.n - b.n);
}

/** What each report said (its `event` field on the wire), once each, after a frame. */
const reported = (model: MemoryModel) => reports(model).map((r) => r.event as unknown as { type: string } & Record<string, unknown>);

describe("the anywidget entry", () => {
  let seen: unknown[];
  const record = (e: Event) => seen.push((e as CustomEvent).detail);
  const views: { remove: () => void }[] = [];
  const show = (model: MemoryModel) => {
    const v = view(model);
    views.push(v);
    return v;
  };

  beforeEach(() => {
    vi.useFakeTimers();
    seen = [];
    document.addEventListener("openChatEvent", record);
  });
  afterEach(() => {
    vi.useRealTimers();
    document.removeEventListener("openChatEvent", record);
    for (const v of views.splice(0)) v.remove();
    document.body.innerHTML = "";
    sessionStorage.clear();
  });

  it("renders the widget into the output element, not the page body", () => {
    const { el } = show(newModel({ title: "Glow & Co." }));
    const container = el.querySelector(`.${CONTAINER_CLASS}`);
    expect(container?.querySelector(".oc-root .oc-launcher")).not.toBeNull();
    expect(container?.querySelector(".oc-title")?.textContent).toBe("Glow & Co.");
    expect(document.body.querySelectorAll(":scope > .oc-root")).toHaveLength(0);
  });

  it("keeps its styles off the notebook page: no html/body rules, variables on its container", () => {
    show(newModel({ accentColor: "#be185d" }));
    // One stylesheet, the notebook-safe one (its content: notebookStyles.test.ts);
    // the preview widget did not add its iframe stylesheet next to it.
    expect(document.querySelectorAll("style")).toHaveLength(1);
    expect(document.querySelector("style")?.id).toBe(PREVIEW_STYLES_ID);
    const container = document.querySelector<HTMLElement>(`.${CONTAINER_CLASS}`);
    expect(container?.style.getPropertyValue("--oc-accent")).toBe("#be185d");
    expect(document.documentElement.style.getPropertyValue("--oc-accent")).toBe("");
  });

  it("brings its stylesheet into a shadow root it renders in (as marimo renders anywidgets)", () => {
    const model = newModel();
    const host = document.createElement("div");
    document.body.appendChild(host);
    const shadow = host.attachShadow({ mode: "open" });
    const el = document.createElement("div");
    shadow.appendChild(el);
    const cleanup = widget.render({ model, el });
    views.push({ remove: () => typeof cleanup === "function" && cleanup() });
    expect(shadow.getElementById(PREVIEW_STYLES_ID)).not.toBeNull();
    expect(shadow.querySelector(".oc-launcher")).not.toBeNull();
    expect(document.querySelectorAll(`style#${PREVIEW_STYLES_ID}`)).toHaveLength(1);
    push(model, open(1, "in a shadow root"));
    expect(seen).toHaveLength(1);
    expect([...shadow.querySelectorAll(".oc-msg--customer .oc-msg-text")].map((n) => n.textContent)).toEqual([
      "in a shadow root",
    ]);
  });

  it("dispatches each command of the model once on the notebook document, in order, and reports it delivered", () => {
    const model = newModel();
    const { el } = show(model);
    push(model, open(1, "Hello, I need help with my order."), open(2, "second"));
    model.sync("_envelopes", model.get("_envelopes")); // a re-sync of the same window changes nothing
    expect(seen).toEqual([
      { type: "OPEN_OCTOCOM", message: { content: "Hello, I need help with my order." } },
      { type: "OPEN_OCTOCOM", message: { content: "second" } },
    ]);
    expect(bubbles(el)).toEqual(["Hello, I need help with my order.", "second"]);
    const delivered = reported(model).filter((e) => e.type === "delivered");
    expect(delivered.map((e) => e.seq)).toEqual([1, 2]);
    expect(reported(model).filter((e) => e.type === "opened")).toEqual([
      expect.objectContaining({ type: "opened", by: "event", at: expect.any(Number) }),
    ]);
  });

  it("delivers calls made before the widget was displayed when its first view renders", () => {
    const model = newModel();
    push(model, open(1, "before display"));
    expect(seen).toEqual([]);
    const { el } = show(model);
    expect(seen).toHaveLength(1);
    expect(bubbles(el)).toEqual(["before display"]);
  });

  it("with two views: one dispatch per command in the page, both views show it, one report", () => {
    const model = newModel();
    const first = show(model);
    const second = show(model);
    push(model, open(1, "one"), open(2, "two"), { seq: 3, id: "r", kind: "reply", reply: { content: "a reply" } });
    expect(seen).toHaveLength(2);
    expect(bubbles(first.el)).toEqual(["one", "two"]);
    expect(bubbles(second.el)).toEqual(["one", "two"]);
    expect(bubbles(first.el, "agent").slice(1)).toEqual(["a reply"]);
    expect(bubbles(second.el, "agent").slice(1)).toEqual(["a reply"]);
    expect(reported(model).filter((e) => e.type === "delivered")).toHaveLength(3);
    expect(reported(model).filter((e) => e.type === "opened")).toHaveLength(1);
  });

  it("a view displayed later shows the conversation so far without dispatching it again", () => {
    const model = newModel({ greeting: "Hi there" });
    const first = show(model);
    push(model, open(1), { seq: 2, id: "r", kind: "reply", reply: { content: "an agent reply" } });
    const later = show(model);
    expect(seen).toHaveLength(1);
    expect(bubbles(later.el)).toEqual(["m1"]);
    expect(bubbles(later.el, "agent")).toEqual(["Hi there", "an agent reply"]);
    expect(later.el.querySelector(".oc-root")?.getAttribute("data-state")).toBe("open");
    push(model, open(3));
    expect(seen).toHaveLength(2);
    expect(bubbles(later.el)).toEqual(["m1", "m3"]);
    expect(bubbles(first.el)).toEqual(["m1", "m3"]);
    expect(reported(model).filter((e) => e.type === "opened")).toHaveLength(1);
  });

  it("holds commands while no view is shown and delivers them to the next view", () => {
    const model = newModel();
    const first = view(model);
    push(model, open(1));
    first.remove();
    expect(model.listenerCount).toBe(0);
    push(model, open(2));
    expect(seen).toHaveLength(1);
    const next = show(model);
    expect(seen).toHaveLength(2);
    expect(bubbles(next.el)).toEqual(["m2"]);
  });

  it("reports what a person does in the widget", () => {
    const model = newModel();
    const { el } = show(model);
    el.querySelector<HTMLButtonElement>(".oc-launcher")?.click();
    const input = el.querySelector<HTMLInputElement>('input[aria-label="Message"]');
    if (input === null) throw new Error("no message input");
    input.value = "typed in the notebook";
    const enter = new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true });
    input.dispatchEvent(enter);
    expect(enter.defaultPrevented).toBe(true); // so a browser that submits on Enter does not submit twice
    // What a person did is written at once, before any frame: a cell run next sees it in Python.
    expect((model.saved.at(-1)?._reports as PageReport[]).map((r) => r.event.type)).toEqual(["opened", "customer_message"]);
    expect(reported(model).map((e) => [e.type, e.by ?? e.content])).toEqual([
      ["opened", "person"],
      ["customer_message", "typed in the notebook"],
    ]);
    expect(model.saved.every((write) => Object.keys(write).join() === "_reports")).toBe(true);
  });

  it("writes its reports after the frame that shows the bubble, those of one frame in one write", () => {
    const model = newModel();
    const { el } = show(model);
    push(model, open(1), open(2));
    expect(bubbles(el)).toEqual(["m1", "m2"]);
    expect(model.saved).toEqual([]); // nothing is sent to the kernel in the task that draws the bubbles
    nextFrame();
    expect(model.saved.map((w) => (w._reports as PageReport[]).map((r) => r.event.type))).toEqual([
      ["opened", "delivered", "delivered"],
    ]);
  });

  it("writes the unread window to _reports and drops what Python acknowledged in _reports_read", () => {
    const model = newModel();
    show(model);
    push(model, open(1));
    nextFrame();
    push(model, open(2));
    nextFrame();
    const writes = model.saved.map((w) => w._reports as PageReport[]);
    const [page] = new Set(writes.flat().map((r) => r.page));
    expect(page).toMatch(/^[0-9a-f]{32}$/);
    // Each write holds every report not yet read, numbered from 1 on this page.
    expect(writes.map((w) => w.map((r) => r.n))).toEqual([[1, 2], [1, 2, 3]]);
    expect(writes[1]?.map((r) => r.event.type)).toEqual(["opened", "delivered", "delivered"]);
    model.sync("_reports_read", { [page as string]: 2, "another-page": 9 });
    push(model, open(3));
    nextFrame();
    expect((model.saved.at(-1)?._reports as PageReport[]).map((r) => r.n)).toEqual([3, 4]);
    model.sync("_reports_read", { "another-page": 12 }); // another page's reading changes nothing here
    push(model, open(4));
    nextFrame();
    expect((model.saved.at(-1)?._reports as PageReport[]).map((r) => r.n)).toEqual([3, 4, 5]);
  });

  it("writes its reports in a page that runs no frames (a hidden tab), a moment later", () => {
    const model = newModel();
    show(model);
    const frames = vi.spyOn(window, "requestAnimationFrame").mockImplementation(() => 0); // no frame comes
    push(model, open(1));
    vi.advanceTimersByTime(REPORT_FALLBACK_MS);
    frames.mockRestore();
    expect(model.saved.map((w) => (w._reports as PageReport[]).map((r) => r.event.type))).toEqual([["opened", "delivered"]]);
  });

  it("keeps at most MAX_UNREAD reports while Python reads none", () => {
    const model = newModel({ greeting: "" });
    const { el } = show(model);
    el.querySelector<HTMLButtonElement>(".oc-launcher")?.click();
    const form = el.querySelector("form");
    const input = el.querySelector<HTMLInputElement>('input[aria-label="Message"]');
    if (form === null || input === null) throw new Error("no message form");
    for (let i = 0; i < MAX_UNREAD + 5; i += 1) {
      input.value = `message ${i}`;
      form.requestSubmit();
    }
    nextFrame();
    const last = model.saved.at(-1)?._reports as PageReport[];
    expect(last).toHaveLength(MAX_UNREAD);
    expect(last.at(-1)?.event).toMatchObject({ type: "customer_message", content: `message ${MAX_UNREAD + 4}` });
  });

  it("adds agent replies and applies new options to a live view", () => {
    const model = newModel();
    const { el } = show(model);
    push(model, open(1, "Which cream suits dry skin?"), { seq: 2, id: "r", kind: "reply", reply: { content: "Hydra Balm." } });
    expect(bubbles(el, "agent")).toContain("Hydra Balm.");
    model.sync("_options", { title: "Glow & Co.", greeting: "" });
    expect(el.querySelector(".oc-title")?.textContent).toBe("Glow & Co.");
  });

  it("keeps two models apart in delivery: each dispatches its own commands once", () => {
    const a = newModel();
    const b = newModel();
    show(a);
    show(b);
    push(a, open(1, "from a"));
    push(b, open(1, "from b"));
    expect(seen).toEqual([
      { type: "OPEN_OCTOCOM", message: { content: "from a" } },
      { type: "OPEN_OCTOCOM", message: { content: "from b" } },
    ]);
  });

  it("follows the JupyterLab theme of the page", () => {
    document.body.style.setProperty("--jp-layout-color0", "#111111");
    document.body.style.setProperty("--jp-ui-font-color0", "#eeeeee");
    document.body.dataset.jpThemeLight = "false";
    try {
      show(newModel());
      const container = document.querySelector<HTMLElement>(`.${CONTAINER_CLASS}`);
      expect(container?.style.getPropertyValue("--oc-bg")).toBe("#111111");
      expect(container?.style.getPropertyValue("--oc-text")).toBe("#eeeeee");
      expect(container?.dataset.themeBase).toBe("dark");
    } finally {
      document.body.removeAttribute("style");
      delete document.body.dataset.jpThemeLight;
    }
  });

  it("loads a real loader in one view of a model only; other views say where it is", () => {
    const model = newModel({ loader: [{ src: null, code: "window.__octocomLoaded = true;", attributes: {} }] });
    const first = show(model);
    const second = show(model);
    expect(first.el.querySelector(".oc-jupyter-note")).toBeNull();
    expect(second.el.querySelector(".oc-jupyter-note")?.textContent).toContain("another cell");
  });
});
