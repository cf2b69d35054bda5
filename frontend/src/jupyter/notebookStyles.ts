/**
 * The preview widget's stylesheet, made safe for a notebook page.
 *
 * In Streamlit the widget owns its iframe, so its CSS styles `html`, `body` and
 * `:root`. In a notebook the widget renders in the notebook page itself, so the same
 * rules would reach the notebook's own page: rules for `html` and `body` are dropped,
 * and `:root` (where the widget's CSS variables live) becomes the widget's container
 * class, so each widget keeps its own accent colour, theme and panel height.
 */

import styles from "../preview/previewWidget.css?inline";
import { PREVIEW_STYLES_ID } from "../preview/styles";

/** The class of the element each notebook view renders into. */
export const CONTAINER_CLASS = "oc-jupyter";

/** The id PreviewWidget (and the loader's status box) check before adding their own stylesheet. */
export { PREVIEW_STYLES_ID };

interface Block {
  prelude: string;
  body: string;
}

/** Split CSS text into its top-level blocks (`prelude { body }`), comments removed. */
function topLevelBlocks(css: string): Block[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, "");
  const blocks: Block[] = [];
  let depth = 0;
  let start = 0;
  let open = -1;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === "{") {
      if (depth === 0) open = i;
      depth += 1;
    } else if (ch === "}") {
      depth -= 1;
      if (depth === 0) {
        blocks.push({ prelude: text.slice(start, open).trim(), body: text.slice(open + 1, i) });
        start = i + 1;
      }
    } else if (ch === ";" && depth === 0) {
      const statement = text.slice(start, i + 1).trim();
      if (statement) blocks.push({ prelude: statement, body: "" });
      start = i + 1;
    }
  }
  return blocks;
}

const PAGE_SELECTOR = /^(html|body)\b/;

function scopeSelector(selector: string, scope: string): string | null {
  const trimmed = selector.trim();
  if (PAGE_SELECTOR.test(trimmed)) return null;
  return trimmed.replace(/:root\b/g, scope);
}

/** Rewrite `css` for a page the widget shares: see the module comment. */
export function notebookCss(css: string, scope = `.${CONTAINER_CLASS}`): string {
  const out: string[] = [];
  for (const { prelude, body } of topLevelBlocks(css)) {
    if (prelude.startsWith("@")) {
      if (body === "" && prelude.endsWith(";")) out.push(prelude);
      else if (/^@(media|supports|layer|container)\b/.test(prelude)) {
        const inner = notebookCss(body, scope);
        if (inner) out.push(`${prelude}{${inner}}`);
      } else out.push(`${prelude}{${body}}`);
      continue;
    }
    const selectors = prelude
      .split(",")
      .map((s) => scopeSelector(s, scope))
      .filter((s): s is string => s !== null && s !== "");
    if (selectors.length) out.push(`${selectors.join(",")}{${body.trim()}}`);
  }
  return out.join("\n");
}

/**
 * A floating panel in a notebook output takes room in the page flow (an output has no
 * corner to float in): sized to its conversation, from a short one up to the panel's
 * height (`--oc-panel-height`, then the log scrolls), the output is no taller than what
 * it shows. A fixed-height panel left a tall blank log and as tall a blank output beside it.
 */
export const NOTEBOOK_RULES = `.${CONTAINER_CLASS} .oc-root[data-layout="floating"] .oc-panel{height:auto;max-height:var(--oc-panel-height)}`;

function styleElement(doc: Document): HTMLStyleElement {
  const style = doc.createElement("style");
  style.id = PREVIEW_STYLES_ID;
  style.textContent = `${notebookCss(styles)}\n${NOTEBOOK_RULES}`;
  return style;
}

/**
 * Put the notebook-safe stylesheet in the page once, before any PreviewWidget adds the
 * raw one, and into `root` when the view renders inside a shadow root (marimo renders
 * anywidgets so), where the page's stylesheets do not reach.
 */
export function installNotebookStyles(doc: Document, root: Node = doc): void {
  if (!doc.getElementById(PREVIEW_STYLES_ID)) doc.head.appendChild(styleElement(doc));
  const View = doc.defaultView?.ShadowRoot;
  if (View !== undefined && root instanceof View && !root.getElementById(PREVIEW_STYLES_ID)) {
    root.appendChild(styleElement(doc));
  }
}
