/**
 * Which parts of the window the real widget draws, as rectangles, and the `clip-path` that
 * keeps the window-sized frame to them. Pure functions over a snapshot of the frame's
 * elements (readDrawing.ts takes it from the DOM), so the rules are tested without layout.
 *
 * What counts as drawn, element by element:
 * - not at all: `display: none` or `opacity: 0` (with everything inside), no box
 *   (`display: contents`, zero width or height), `visibility: hidden` (its children may
 *   still show), the frame's own `html` and `body` (never in the snapshot);
 * - `pointer-events: none` and painting nothing (no background, border, shadow, outline,
 *   text, image or form control): not drawn. Vendors wrap their parts in such layers, often
 *   the whole window; on a site clicks go through them, so here they stay the app's. One
 *   that paints (a panel fading out with pointer-events already off) is drawn: it shows;
 * - any other element with a box: drawn, whether it paints or not, since on a site it
 *   takes the clicks in its box too;
 * - a box is cut to the overflow clip of the ancestors that clip it (scrolled-away messages
 *   do not count), following CSS containing blocks for absolute and fixed elements, and to
 *   the viewport. A nested iframe is one box: what it holds cannot leave it.
 */

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The computed style values the rules read (the names of CSSStyleDeclaration). */
export type StyleFacts = Pick<
  CSSStyleDeclaration,
  | "display"
  | "visibility"
  | "opacity"
  | "pointerEvents"
  | "position"
  | "overflowX"
  | "overflowY"
  | "contain"
  | "transform"
  | "filter"
  | "perspective"
  | "backgroundColor"
  | "backgroundImage"
  | "borderTopWidth"
  | "borderRightWidth"
  | "borderBottomWidth"
  | "borderLeftWidth"
  | "borderTopColor"
  | "borderRightColor"
  | "borderBottomColor"
  | "borderLeftColor"
  | "boxShadow"
  | "outlineStyle"
  | "outlineWidth"
>;

/** One element of the snapshot: its border box in the viewport, its style, its children. */
export interface BoxNode {
  /** Lower-case tag name. */
  tag: string;
  rect: Rect;
  style: StyleFacts;
  /** It holds text of its own (a non-blank text node child). */
  hasText: boolean;
  /** Rendered children, shadow tree first (nested iframes: none). */
  children: BoxNode[];
}

/** How far the frame reaches around each drawn box, for the widget's shadows, badges and focus rings. */
export const SHADOW_BAND_PX = 24;

/** Elements that show something by being there (images, media, form controls, frames). */
const REPLACED = new Set([
  "img",
  "svg",
  "video",
  "canvas",
  "iframe",
  "embed",
  "object",
  "input",
  "textarea",
  "select",
  "button",
  "picture",
]);

const NO_CLIP = new Set(["visible", ""]);

function transparent(color: string): boolean {
  const c = color.replace(/\s+/g, "").toLowerCase();
  if (c === "" || c === "transparent") return true;
  // rgba(r, g, b, a) or the space-separated "… / a"; any other syntax counts as painted.
  const alpha = /^rgba\([^,]+,[^,]+,[^,]+,([\d.]+)\)$/.exec(c) ?? /\/([\d.]+)%?\)$/.exec(c);
  return alpha !== null && parseFloat(alpha[1] ?? "1") === 0;
}

function px(value: string): number {
  return parseFloat(value) || 0;
}

/** Does the element paint anything of its own (beyond its children)? */
export function paints(node: Pick<BoxNode, "tag" | "style" | "hasText">): boolean {
  const s = node.style;
  if (REPLACED.has(node.tag) || node.hasText) return true;
  if (!transparent(s.backgroundColor) || (s.backgroundImage !== "" && s.backgroundImage !== "none")) return true;
  if (s.boxShadow !== "" && s.boxShadow !== "none") return true;
  if (s.outlineStyle !== "" && s.outlineStyle !== "none" && px(s.outlineWidth) > 0) return true;
  const sides: [string, string][] = [
    [s.borderTopWidth, s.borderTopColor],
    [s.borderRightWidth, s.borderRightColor],
    [s.borderBottomWidth, s.borderBottomColor],
    [s.borderLeftWidth, s.borderLeftColor],
  ];
  return sides.some(([width, color]) => px(width) > 0 && !transparent(color));
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const r = {
    left: Math.max(a.left, b.left),
    top: Math.max(a.top, b.top),
    right: Math.min(a.right, b.right),
    bottom: Math.min(a.bottom, b.bottom),
  };
  return r.right > r.left && r.bottom > r.top ? r : null;
}

function clipsOverflow(s: StyleFacts): boolean {
  return !NO_CLIP.has(s.overflowX) || !NO_CLIP.has(s.overflowY) || /\b(paint|strict|content)\b/.test(s.contain);
}

/** A containing block for fixed descendants (and absolute ones). */
function holdsFixed(s: StyleFacts): boolean {
  const set = (v: string) => v !== "" && v !== "none";
  return set(s.transform) || set(s.filter) || set(s.perspective) || /\b(paint|layout|strict|content)\b/.test(s.contain);
}

/** The clips in force for a child, by how it is positioned. */
interface Clips {
  flow: Rect | null;
  absolute: Rect | null;
  fixed: Rect | null;
}

const EMPTY: Rect = { left: 0, top: 0, right: 0, bottom: 0 };

/**
 * The rectangles the widget draws, in viewport pixels (unrounded, possibly overlapping),
 * from the snapshot of the elements under the frame's `body` (`roots`).
 */
export function drawnRects(roots: readonly BoxNode[], viewport: Rect): Rect[] {
  const found: Rect[] = [];
  const visit = (node: BoxNode, clips: Clips): void => {
    const s = node.style;
    if (s.display === "none" || parseFloat(s.opacity) === 0) return;
    const position = s.position;
    const clip = position === "fixed" ? clips.fixed : position === "absolute" ? clips.absolute : clips.flow;
    const box = clip === null ? null : intersect(node.rect, clip);
    const boxed = s.display !== "contents";
    if (box !== null && boxed && s.visibility === "visible" && (s.pointerEvents !== "none" || paints(node))) {
      found.push(box);
    }
    if (node.children.length === 0) return;
    const own = boxed && clipsOverflow(s) ? (clip === null ? null : (intersect(node.rect, clip) ?? EMPTY)) : clip;
    const positioned = boxed && position !== "static" && position !== "";
    const fixedHolder = boxed && holdsFixed(s);
    const inner: Clips = {
      flow: own,
      absolute: positioned || fixedHolder ? own : clips.absolute,
      fixed: fixedHolder ? own : clips.fixed,
    };
    for (const child of node.children) visit(child, inner);
  };
  for (const root of roots) visit(root, { flow: viewport, absolute: viewport, fixed: viewport });
  return found;
}

/**
 * Grow each rectangle by `band` px, cut it to the viewport, round it outward to whole
 * pixels and drop those inside another: the rectangles the frame keeps.
 */
export function frameRects(drawn: readonly Rect[], viewport: Rect, band = SHADOW_BAND_PX): Rect[] {
  const grown: Rect[] = [];
  for (const r of drawn) {
    const cut = intersect(
      {
        left: Math.floor(r.left - band),
        top: Math.floor(r.top - band),
        right: Math.ceil(r.right + band),
        bottom: Math.ceil(r.bottom + band),
      },
      viewport,
    );
    if (cut !== null) grown.push(cut);
  }
  const inside = (a: Rect, b: Rect) => a.left >= b.left && a.top >= b.top && a.right <= b.right && a.bottom <= b.bottom;
  // Larger first, so that of two equal rectangles the first one stays.
  grown.sort((a, b) => (b.right - b.left) * (b.bottom - b.top) - (a.right - a.left) * (a.bottom - a.top));
  const kept: Rect[] = [];
  for (const r of grown) if (!kept.some((k) => inside(r, k))) kept.push(r);
  return kept;
}

/**
 * The `clip-path` value that keeps exactly the union of `rects`: a `path()` of rectangles,
 * all drawn clockwise so that overlaps stay inside under the non-zero rule. With none, a
 * path of no area: the frame shows nothing and takes no click.
 */
export function clipPathOf(rects: readonly Rect[]): string {
  if (rects.length === 0) return 'path("M0 0H0V0Z")';
  const parts = rects.map((r) => `M${r.left} ${r.top}H${r.right}V${r.bottom}H${r.left}Z`);
  return `path("${parts.join("")}")`;
}

/** Properties whose animation repaints but never moves, resizes, shows or hides a box. */
const PAINT_ONLY = new Set([
  "color",
  "backgroundColor",
  "background-color",
  "borderColor",
  "border-color",
  "outlineColor",
  "outline-color",
  "boxShadow",
  "box-shadow",
  "textShadow",
  "text-shadow",
  "fill",
  "stroke",
  "filter",
]);

/**
 * Can an animation of these properties change the drawn boxes (so the frame must follow
 * it frame by frame)? A colour or shadow pulse cannot; anything else, or nothing known, can.
 */
export function animatesBoxes(properties: readonly string[]): boolean {
  return properties.length === 0 || properties.some((name) => !PAINT_ONLY.has(name));
}
