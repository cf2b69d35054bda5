import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { WindowFrame } from "./clipFrame";
import { readDrawing } from "./readDrawing";
import { stubResizeObserver } from "../../test-support/resizeObserver";

/** jsdom lays nothing out: each element's box comes from its data-box="left top width height". */
function boxesFromData(): void {
  vi.spyOn(Element.prototype, "getBoundingClientRect").mockImplementation(function (this: Element) {
    const [left = 0, top = 0, width = 0, height = 0] = (this.getAttribute("data-box") ?? "0 0 0 0").split(" ").map(Number);
    return { left, top, right: left + width, bottom: top + height, width, height, x: left, y: top, toJSON: () => ({}) };
  });
}

describe("readDrawing", () => {
  beforeEach(boxesFromData);
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.replaceChildren();
  });

  it("reads the flat tree: open shadow roots, slotted children, iframes as leaves, not scripts", () => {
    const host = document.createElement("div");
    host.setAttribute("data-box", "0 0 0 0");
    const shadow = host.attachShadow({ mode: "open" });
    shadow.innerHTML = '<button data-box="1200 720 60 60">Chat</button><div data-box="0 0 10 10"><slot></slot></div>';
    const slotted = document.createElement("span");
    slotted.setAttribute("data-box", "5 5 1 1");
    host.appendChild(slotted);
    const frame = document.createElement("iframe");
    frame.setAttribute("data-box", "900 100 360 500");
    const script = document.createElement("script");
    document.body.append(host, frame, script);

    const drawing = readDrawing(document);
    expect(drawing.roots.map((n) => n.tag)).toEqual(["div", "iframe"]);
    const [shadowButton, wrapper] = drawing.roots[0]!.children;
    expect(shadowButton).toMatchObject({ tag: "button", hasText: true, rect: { left: 1200, bottom: 780 } });
    expect(wrapper!.children[0]!.children.map((n) => n.tag)).toEqual(["span"]); // the slot holds the light child
    expect(drawing.roots[1]!.children).toEqual([]);
    expect(drawing.shadowRoots).toEqual([shadow]);
  });

  it("does not look inside display: none", () => {
    document.body.innerHTML = '<div style="display: none" data-box="0 0 9 9"><p data-box="0 0 9 9">x</p></div>';
    const drawing = readDrawing(document);
    expect(drawing.roots[0]!.children).toEqual([]);
    expect(drawing.elements).toEqual([]);
  });
});

describe("WindowFrame", () => {
  let frames = new Map<number, FrameRequestCallback>();
  let lastId = 0;
  const runFrame = () => {
    const now = [...frames.values()];
    frames = new Map();
    for (const callback of now) callback(0);
  };
  const settle = async () => {
    await Promise.resolve(); // mutation records are delivered in a microtask
    runFrame();
  };
  const frameElement = () => document.createElement("iframe");

  beforeEach(() => {
    boxesFromData();
    frames = new Map();
    vi.spyOn(window, "requestAnimationFrame").mockImplementation((callback) => {
      lastId += 1;
      frames.set(lastId, callback);
      return lastId;
    });
    vi.spyOn(window, "cancelAnimationFrame").mockImplementation((id) => void frames.delete(id));
    stubResizeObserver();
    Object.defineProperty(window, "innerWidth", { value: 1280, configurable: true });
    Object.defineProperty(window, "innerHeight", { value: 800, configurable: true });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
    document.body.replaceChildren();
    document.getElementById("octocom-window-frame-styles")?.remove();
  });

  it("shows nothing until it measured, then clips the frame to the drawing plus the band", async () => {
    const frame = frameElement();
    document.body.innerHTML = '<button data-box="1200 720 60 60" style="position: fixed">Chat</button>';
    const clip = new WindowFrame(frame, document, { corner: "bottom-right", offset: 24 });
    expect(frame.style.getPropertyValue("clip-path")).toBe('path("M0 0H0V0Z")');
    runFrame();
    expect(frame.style.getPropertyValue("clip-path")).toBe('path("M1176 696H1280V800H1176Z")');
    expect(document.documentElement.style.getPropertyValue("--oc-frame-offset")).toBe("24px");
    clip.stop();
  });

  it("measures again after a change, once, and not at all while nothing changes", async () => {
    const frame = frameElement();
    document.body.innerHTML = '<button data-box="1200 720 60 60">Chat</button>';
    const clip = new WindowFrame(frame, document, { corner: "bottom-right", offset: 24 });
    runFrame();
    expect(clip.measurements).toBe(1);
    runFrame();
    runFrame();
    expect(frames.size).toBe(0);
    expect(clip.measurements).toBe(1);

    const panel = document.createElement("section");
    panel.setAttribute("data-box", "900 100 360 500");
    panel.textContent = "Chat";
    document.body.appendChild(panel);
    panel.setAttribute("aria-label", "Chat"); // several changes in one task: one measurement
    await settle();
    expect(clip.measurements).toBe(2);
    expect(clip.rects).toContainEqual({ left: 876, top: 76, right: 1280, bottom: 624 });
    runFrame();
    expect(clip.measurements).toBe(2);

    window.dispatchEvent(new Event("resize"));
    runFrame();
    expect(clip.measurements).toBe(3);

    clip.stop();
    panel.remove();
    await settle();
    expect(clip.measurements).toBe(3);
  });

  it("measures even when the animation frame it asked for never comes (WebKit)", async () => {
    vi.useFakeTimers();
    try {
      const frame = frameElement();
      document.body.innerHTML = '<button data-box="1200 720 60 60">Chat</button>';
      const clip = new WindowFrame(frame, document, { corner: "bottom-right", offset: 24 });
      expect(clip.measurements).toBe(0);
      vi.advanceTimersByTime(100);
      expect(clip.measurements).toBe(1);
      runFrame(); // the late frame finds nothing left to do
      expect(clip.measurements).toBe(1);
      vi.advanceTimersByTime(1000);
      expect(clip.measurements).toBe(1);
      clip.stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it("follows changes inside an open shadow root", async () => {
    const frame = frameElement();
    const host = document.createElement("div");
    const shadow = host.attachShadow({ mode: "open" });
    shadow.innerHTML = '<button data-box="1200 720 60 60">Chat</button>';
    document.body.appendChild(host);
    const clip = new WindowFrame(frame, document, { corner: "bottom-left", offset: 16 });
    runFrame();
    expect(document.documentElement.dataset.ocCorner).toBe("bottom-left");
    shadow.querySelector("button")!.setAttribute("data-box", "20 720 60 60");
    await settle();
    expect(clip.measurements).toBe(2);
    expect(clip.rects).toEqual([{ left: 0, top: 696, right: 104, bottom: 800 }]);
    clip.stop();
  });
});
