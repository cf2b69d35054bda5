/**
 * The box that tells the person how loading the real Octocom widget goes: a line while
 * it loads, the reason and a Retry button when it failed, nothing once it is ready.
 * Every text goes in as textContent: a loader's error message is never markup. It wears
 * the preview widget's look (preview/styles.ts: font, theme colours, accent button).
 */

import { installWidgetStyles } from "../preview/styles";

/** Where loading the real widget stands; "none" when the preview widget runs instead. */
export type LoaderStatus = "none" | "loading" | "ready" | "failed";

const LOADING_TEXT = "Loading the Octocom widget…";
const FAILED_PREFIX = "Could not load the Octocom widget: ";
const KEPT_NOTE = "Open requests are kept and will be delivered once it loads.";

export class LoaderStatusView {
  private readonly box: HTMLElement;

  /** Appends the (still empty) box to `mount`; `onRetry` runs when the person asks to try again. */
  constructor(
    private readonly doc: Document,
    mount: HTMLElement,
    private readonly onRetry: () => void,
  ) {
    installWidgetStyles(doc, { frame: false });
    this.box = doc.createElement("div");
    this.box.className = "oc-loader-status";
    this.box.setAttribute("role", "status");
    mount.appendChild(this.box);
  }

  /** Show `status`; `error` is why loading failed. */
  show(status: Exclude<LoaderStatus, "none">, error = ""): void {
    const box = this.box;
    box.dataset.status = status;
    box.hidden = status === "ready";
    box.replaceChildren();
    const line = this.doc.createElement("div");
    line.className = "oc-loader-title";
    line.textContent = status === "failed" ? FAILED_PREFIX + error : status === "loading" ? LOADING_TEXT : "";
    box.appendChild(line);
    if (status === "failed") {
      const note = this.doc.createElement("div");
      note.className = "oc-loader-note";
      note.textContent = KEPT_NOTE;
      const retry = this.doc.createElement("button");
      retry.type = "button";
      retry.className = "oc-loader-retry";
      retry.textContent = "Retry";
      retry.addEventListener("click", () => this.onRetry());
      box.append(note, retry);
    }
  }
}
