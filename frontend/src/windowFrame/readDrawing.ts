/**
 * The snapshot drawnBoxes.ts reads: every element under the frame document's `body` (and
 * any the widget put beside it under `html`), in the flat tree: open shadow roots instead
 * of their hosts' light children, each slot's assigned elements under it. A nested iframe,
 * an `svg` or an element with `display: none` is a leaf (nothing inside can draw outside it).
 */

import type { BoxNode, Rect, StyleFacts } from "./drawnBoxes";

const FACTS = [
  "display",
  "visibility",
  "opacity",
  "pointerEvents",
  "position",
  "overflowX",
  "overflowY",
  "contain",
  "transform",
  "filter",
  "perspective",
  "backgroundColor",
  "backgroundImage",
  "borderTopWidth",
  "borderRightWidth",
  "borderBottomWidth",
  "borderLeftWidth",
  "borderTopColor",
  "borderRightColor",
  "borderBottomColor",
  "borderLeftColor",
  "boxShadow",
  "outlineStyle",
  "outlineWidth",
] as const satisfies readonly (keyof StyleFacts)[];

const LEAVES = new Set(["iframe", "frame", "object", "embed", "svg", "video", "canvas", "img"]);
const NOT_DRAWN = new Set(["head", "script", "style", "template", "noscript", "link", "meta", "title"]);

export interface Drawing {
  /** The elements under the document's body (and beside it). */
  roots: BoxNode[];
  /** Every element read with a box, to watch their sizes. */
  elements: Element[];
  /** Every open shadow root met, to watch their changes too. */
  shadowRoots: ShadowRoot[];
}

function rectOf(element: Element): Rect {
  const r = element.getBoundingClientRect();
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}

function flatChildren(element: Element): Element[] {
  if (element.shadowRoot !== null) return [...element.shadowRoot.children];
  if (element instanceof HTMLSlotElement) {
    const assigned = element.assignedElements({ flatten: true });
    return assigned.length > 0 ? assigned : [...element.children];
  }
  return [...element.children];
}

function ownText(element: Element): boolean {
  for (const node of element.childNodes) {
    if (node.nodeType === 3 && (node.textContent ?? "").trim() !== "") return true;
  }
  return false;
}

/** Read the document's drawing: computed styles and boxes of every element that may draw. */
export function readDrawing(doc: Document): Drawing {
  const view = doc.defaultView;
  const drawing: Drawing = { roots: [], elements: [], shadowRoots: [] };
  if (view === null) return drawing;
  const read = (element: Element): BoxNode | null => {
    const tag = element.localName;
    if (NOT_DRAWN.has(tag)) return null;
    const computed = view.getComputedStyle(element);
    const style = {} as Record<(typeof FACTS)[number], string>;
    for (const name of FACTS) style[name] = computed[name];
    const node: BoxNode = { tag, rect: { left: 0, top: 0, right: 0, bottom: 0 }, style, hasText: false, children: [] };
    if (style.display === "none") return node;
    node.rect = rectOf(element);
    node.hasText = ownText(element);
    drawing.elements.push(element);
    if (element.shadowRoot !== null) drawing.shadowRoots.push(element.shadowRoot);
    if (!LEAVES.has(tag)) {
      for (const child of flatChildren(element)) {
        const childNode = read(child);
        if (childNode !== null) node.children.push(childNode);
      }
    }
    return node;
  };
  const top = doc.documentElement;
  for (const child of top.children) {
    const under = child === doc.body ? [...flatChildren(child)] : [child];
    for (const element of under) {
      const node = read(element);
      if (node !== null) drawing.roots.push(node);
    }
  }
  return drawing;
}
