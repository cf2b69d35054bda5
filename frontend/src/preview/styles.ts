/**
 * The widget's stylesheet, added once to a document: the preview widget's look (its
 * CSS variables, panel, launcher) and the loader's status box share it, so a page that
 * loads the real Octocom widget shows a failure in the same font, colours and buttons.
 * `frame: true` adds the rules for a document the preview widget owns (its iframe:
 * transparent, no margin); the loader's status box leaves the real widget's document alone.
 */

import frameStyles from "./frame.css?inline";
import styles from "./previewWidget.css?inline";

/** The id of the one stylesheet (a notebook page puts its own, scoped version there first). */
export const PREVIEW_STYLES_ID = "octocom-preview-styles";

export function installWidgetStyles(doc: Document, { frame }: { frame: boolean }): void {
  if (doc.getElementById(PREVIEW_STYLES_ID)) return;
  const style = doc.createElement("style");
  style.id = PREVIEW_STYLES_ID;
  style.textContent = frame ? `${frameStyles}\n${styles}` : styles;
  doc.head.appendChild(style);
}
