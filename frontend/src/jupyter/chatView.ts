/**
 * One view of a ChatWidget in a notebook output: a ChatHost (the same one the
 * Streamlit component runs) mounted in the output element, fed from the model's
 * traits, reporting what happened in the widget back to Python through the `_reports` trait
 * (see reportsTrait.ts).
 *
 * The notebook has no iframe per widget: `document` is the notebook page, so the
 * host dispatches `openChatEvent` on the notebook document, exactly as a site does.
 */

import { ChatHost, type WidgetEvent } from "../chatHost";
import type { AnyModel } from "./anyModel";
import { ARG_TRAITS, readModelArgs } from "./modelArgs";
import { CONTAINER_CLASS, installNotebookStyles } from "./notebookStyles";
import { mirrorConversation, mirrorReply } from "./mirrorConversation";
import { notebookPage, viewsOf } from "./notebookPage";
import { notebookTheme } from "./notebookTheme";
import { REPORTS_READ_TRAIT, REPORTS_TRAIT } from "./reportsTrait";

const LOADER_ELSEWHERE =
  "This ChatWidget's Octocom widget is loaded in this page by another cell's view " +
  "(it belongs to the whole page, like on a site). Close that view to load it here.";

function usesLoader(model: AnyModel): boolean {
  const loader = readModelArgs(model).options.loader;
  return loader !== undefined && loader.length > 0;
}

/**
 * Enter in the message box sends it. In a JupyterLab page the browser's implicit form
 * submission does not happen (checked in Chromium: no listener cancels the key, yet no
 * submit follows), so the view submits the form itself; cancelling the key keeps the
 * browser from submitting a second time where implicit submission does work.
 */
function sendOnEnter(event: KeyboardEvent): void {
  const input = event.target;
  if (event.key !== "Enter" || event.isComposing || event.shiftKey || event.ctrlKey || event.altKey || event.metaKey) return;
  if (!(input instanceof HTMLElement) || !input.classList.contains("oc-input")) return;
  const form = input.closest("form");
  if (form === null) return;
  event.preventDefault();
  form.requestSubmit();
}

/** A page that runs no frames (a hidden tab) still writes its reports, this long after they are made. */
export const REPORT_FALLBACK_MS = 250;

/**
 * Run `write` once, after the next frame has painted (or after REPORT_FALLBACK_MS if no
 * frame comes: a hidden page). Reports go to Python through a trait write, which serializes
 * the window and sends it to the kernel: in the task that draws a delivered bubble it would
 * hold the bubble's paint back (figure 6 of BENCHMARKS.md), and nothing waits on a report
 * within a frame.
 */
function afterPaint(view: Window, write: () => void): void {
  let written = false;
  const once = () => {
    if (written) return;
    written = true;
    view.clearTimeout(fallback);
    write();
  };
  const fallback = view.setTimeout(once, REPORT_FALLBACK_MS);
  view.requestAnimationFrame(() => view.setTimeout(once, 0));
}

/** A report of what a delivery did (not of what a person did): it can wait for the frame. */
function causedByDelivery(report: WidgetEvent): boolean {
  if (report.type === "delivered") return true;
  return (report.type === "opened" || report.type === "closed") && report.by === "event";
}

/** Render `model` into `el`; returns the cleanup anywidget calls when the view goes. */
export function renderChatView(model: AnyModel, el: HTMLElement): () => void {
  const doc = el.ownerDocument;
  const page = notebookPage(doc);
  const session = String(model.get("_session"));
  installNotebookStyles(doc, el.getRootNode());
  const container = doc.createElement("div");
  container.className = CONTAINER_CLASS;
  // JupyterLab and Notebook 7 (Lumino) would take keys typed in the widget as notebook
  // shortcuts (Enter would not send a message): this attribute keeps them in the widget.
  container.setAttribute("data-lm-suppress-shortcuts", "true");
  container.addEventListener("keydown", sendOnEnter);
  el.appendChild(container);

  if (usesLoader(model) && page.loaderViews.has(session)) {
    const note = doc.createElement("p");
    note.className = "oc-jupyter-note";
    note.textContent = LOADER_ELSEWHERE;
    container.appendChild(note);
    return () => container.remove();
  }
  const ownsLoader = usesLoader(model);
  if (ownsLoader) page.loaderViews.add(session);

  const reports = page.reports.for(session);
  const siblings = viewsOf(page, session);
  // What a delivery caused ("delivered", the panel opened by the event) goes out after the
  // frame that shows it, the reports of one frame in one write (the window holds them all).
  // What a person did goes out at once: a cell run right after it must see it in Python.
  let unwritten = false;
  let waiting = false;
  let closed = false;
  const writeReports = () => {
    if (closed || !unwritten) return;
    unwritten = false;
    if (reports.window.length === 0) return;
    model.set(REPORTS_TRAIT, [...reports.window]);
    model.save_changes();
  };
  const send = (report: WidgetEvent) => {
    if (report.type === "delivered" && report.kind === "reply") {
      const envelope = readModelArgs(model).envelopes.find((e) => e.seq === report.seq);
      mirrorReply(envelope, [...siblings].filter((other) => other !== host).map((other) => other.preview));
    }
    if (reports.add(report) === null) return;
    unwritten = true;
    if (!causedByDelivery(report)) {
      writeReports();
    } else if (!waiting) {
      waiting = true;
      afterPaint(doc.defaultView ?? window, () => {
        waiting = false;
        writeReports();
      });
    }
  };
  const acknowledged = () => reports.acknowledge(model.get(REPORTS_READ_TRAIT));
  const host = new ChatHost(
    doc,
    { onReport: send },
    { store: page.store, mount: container, styleRoot: container, page: null },
  );
  // The theme is read when the view starts and when the notebook's theme changes, not on
  // every trait change: reading computed styles makes the browser recompute the styles of
  // the whole notebook page first, in the path of every open_chat.
  let theme = notebookTheme(doc);
  const update = () => host.render(readModelArgs(model), theme);
  const sibling = [...siblings].find((other) => other.preview !== null);
  update();
  if (sibling?.preview && host.preview) mirrorConversation(sibling.preview, host.preview);
  siblings.add(host);
  for (const name of ARG_TRAITS) model.on(`change:${name}`, update);
  model.on(`change:${REPORTS_READ_TRAIT}`, acknowledged);
  const View = doc.defaultView?.MutationObserver ?? MutationObserver;
  const themeWatch = new View(() => {
    theme = notebookTheme(doc);
    update();
  });
  themeWatch.observe(doc.body, { attributes: true, attributeFilter: ["class", "data-jp-theme-name"] });

  return () => {
    writeReports(); // the view goes: what it reported still reaches Python
    closed = true;
    for (const name of ARG_TRAITS) model.off(`change:${name}`, update);
    model.off(`change:${REPORTS_READ_TRAIT}`, acknowledged);
    themeWatch.disconnect();
    siblings.delete(host);
    host.destroy();
    container.remove();
    if (ownsLoader) page.loaderViews.delete(session);
  };
}
