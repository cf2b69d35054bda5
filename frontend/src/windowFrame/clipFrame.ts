/**
 * The real widget's frame as the whole window: the page's placement CSS lays the iframe
 * over the window (`data-octocom-state="window"`), so the widget sees the window as its
 * viewport; this module keeps the iframe element's `clip-path` to what the widget draws
 * (drawnBoxes.ts, from readDrawing.ts) plus a band of SHADOW_BAND_PX. `clip-path` clips
 * hit testing too: everywhere else, clicks, hovers, scrolls and selections are the app's.
 *
 * It measures again, in the next animation frame, after anything that can change the
 * drawing: DOM changes in the document and its open shadow roots (MutationObserver), size
 * changes of what it drew (ResizeObserver), CSS transitions and animations (their events,
 * then every frame while one that can move a box runs), a window resize, a scroll, fonts
 * loading. Nothing runs while nothing changes.
 */

import type { WidgetOptions } from "../protocol/generated";
import { animatesBoxes, clipPathOf, drawnRects, frameRects, SHADOW_BAND_PX, type Rect } from "./drawnBoxes";
import { readDrawing } from "./readDrawing";
import styles from "./windowFrame.css?inline";

/** Where the loader's status box sits: `corner`, `offset` px from the window's edges (the widget places itself). */
export type WindowFrameOptions = Pick<WidgetOptions, "corner" | "offset">;

const STYLE_ID = "octocom-window-frame-styles";
const ANIMATION_EVENTS = [
  "transitionrun",
  "transitionstart",
  "transitionend",
  "transitioncancel",
  "animationstart",
  "animationiteration",
  "animationend",
  "animationcancel",
] as const;
/** How long a measurement waits for its animation frame before it runs anyway. */
const FALLBACK_MS = 100;
const OBSERVE: MutationObserverInit = { subtree: true, childList: true, attributes: true, characterData: true };

function animatedProperties(animation: Animation): string[] {
  const effect = animation.effect as KeyframeEffect | null;
  const keyframes = typeof effect?.getKeyframes === "function" ? effect.getKeyframes() : [];
  const names = new Set<string>();
  for (const frame of keyframes) {
    for (const name of Object.keys(frame)) {
      if (name !== "offset" && name !== "computedOffset" && name !== "easing" && name !== "composite") names.add(name);
    }
  }
  return [...names];
}

export class WindowFrame {
  /** How many times the drawing was measured (tests and the benchmark read it). */
  measurements = 0;
  /** The rectangles the frame keeps now, in window pixels. */
  rects: Rect[] = [];
  private clip = "";
  private pending: number | null = null;
  private readonly view: Window;
  private readonly mutations: MutationObserver;
  private readonly sizes: ResizeObserver;
  private readonly sized = new Set<Element>();
  private readonly roots = new WeakSet<Node>();
  private shadowRoots: ShadowRoot[] = [];
  private fallback: number | undefined;
  private readonly schedule = (): void => {
    if (this.pending !== null) return;
    this.pending = this.view.requestAnimationFrame(this.update);
    // WebKit may leave a frame request of a quiet iframe unanswered (one made from a
    // ResizeObserver callback, seen in WebKitGTK 2.50): a timer makes sure it comes.
    this.fallback = this.view.setTimeout(this.update, FALLBACK_MS);
  };
  private readonly update = (): void => {
    if (this.pending !== null) this.view.cancelAnimationFrame(this.pending);
    this.view.clearTimeout(this.fallback);
    this.pending = null;
    this.measure();
    if (this.animating()) this.schedule();
  };

  constructor(
    private readonly frame: ElementCSSInlineStyle,
    private readonly doc: Document,
    options: WindowFrameOptions,
  ) {
    this.view = doc.defaultView ?? window;
    if (!doc.getElementById(STYLE_ID)) {
      const style = doc.createElement("style");
      style.id = STYLE_ID;
      style.textContent = styles;
      doc.head.appendChild(style);
    }
    const root = doc.documentElement;
    root.dataset.ocCorner = options.corner;
    root.style.setProperty("--oc-frame-offset", `${options.offset}px`);
    // Nothing shows and nothing takes a click until the first measurement, in the window.
    this.apply(clipPathOf([]));
    this.mutations = new MutationObserver(this.schedule);
    this.sizes = new ResizeObserver(this.schedule);
    this.watch(doc);
    this.view.addEventListener("resize", this.schedule);
    doc.addEventListener("scroll", this.schedule, { capture: true, passive: true });
    doc.fonts?.addEventListener?.("loadingdone", this.schedule);
    this.schedule();
  }

  /** Measure the drawing now and clip the frame to it. */
  measure(): void {
    this.measurements += 1;
    const drawing = readDrawing(this.doc);
    const viewport: Rect = { left: 0, top: 0, right: this.view.innerWidth, bottom: this.view.innerHeight };
    this.rects = frameRects(drawnRects(drawing.roots, viewport), viewport, SHADOW_BAND_PX);
    this.apply(clipPathOf(this.rects));
    this.shadowRoots = drawing.shadowRoots;
    for (const shadow of drawing.shadowRoots) this.watch(shadow);
    const now = new Set(drawing.elements);
    for (const element of this.sized) {
      if (!now.has(element)) {
        this.sizes.unobserve(element);
        this.sized.delete(element);
      }
    }
    for (const element of now) {
      if (!this.sized.has(element)) {
        this.sizes.observe(element);
        this.sized.add(element);
      }
    }
  }

  stop(): void {
    if (this.pending !== null) this.view.cancelAnimationFrame(this.pending);
    this.view.clearTimeout(this.fallback);
    this.pending = null;
    this.mutations.disconnect();
    this.sizes.disconnect();
    this.sized.clear();
    this.view.removeEventListener("resize", this.schedule);
    this.doc.removeEventListener("scroll", this.schedule, { capture: true });
    this.doc.fonts?.removeEventListener?.("loadingdone", this.schedule);
  }

  private apply(clip: string): void {
    if (clip === this.clip) return;
    this.clip = clip;
    this.frame.style.setProperty("clip-path", clip);
  }

  /** Follow DOM changes and animations under `root` (the document or an open shadow root). */
  private watch(root: Document | ShadowRoot): void {
    if (this.roots.has(root)) return;
    this.roots.add(root);
    this.mutations.observe(root, OBSERVE);
    for (const type of ANIMATION_EVENTS) root.addEventListener(type, this.schedule, { capture: true });
  }

  /** Is a transition or animation running that can move, resize, show or hide a box? */
  private animating(): boolean {
    const scopes: (Document | ShadowRoot)[] = [this.doc, ...this.shadowRoots];
    const animations = scopes.flatMap((scope) => (typeof scope.getAnimations === "function" ? scope.getAnimations() : []));
    return animations.some(
      (animation) =>
        (animation.playState === "running" || animation.pending) && animatesBoxes(animatedProperties(animation)),
    );
  }
}
