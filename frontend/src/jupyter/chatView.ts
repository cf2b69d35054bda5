/**
 * One view of a ChatWidget in a notebook output: a ChatHost (the same one the
 * Streamlit component runs) mounted in the output element, fed from the model's
 * traits, reporting widget events back to Python.
 *
 * The notebook has no iframe per widget: `document` is the notebook page, so the
 * host dispatches `openChatEvent` on the notebook document, exactly as a site does.
 */

import { ChatHost, type WidgetEvent } from "../chatHost";
import type { AnyModel } from "./anyModel";
import { ARG_TRAITS, readModelArgs } from "./modelArgs";
import { CONTAINER_CLASS, installNotebookStyles } from "./notebookStyles";
import { notebookPage } from "./notebookPage";
import { notebookTheme } from "./notebookTheme";

const LOADER_ELSEWHERE =
  "This ChatWidget's Octocom widget is loaded in this page by another cell's view " +
  "(it belongs to the whole page, like on a site). Close that view to load it here.";

function usesLoader(model: AnyModel): boolean {
  const loader = readModelArgs(model).options.loader;
  return loader !== null && loader.length > 0;
}

/** Render `model` into `el`; returns the cleanup anywidget calls when the view goes. */
export function renderChatView(model: AnyModel, el: HTMLElement): () => void {
  const doc = el.ownerDocument;
  const page = notebookPage(doc);
  const session = String(model.get("session"));
  installNotebookStyles(doc);
  const container = doc.createElement("div");
  container.className = CONTAINER_CLASS;
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

  const report = page.reports.for(session);
  const send = (event: WidgetEvent) => {
    const message = report.message(event);
    if (message !== null) model.send(message);
  };
  const host = new ChatHost(
    doc,
    { onWidgetEvent: send },
    { store: page.store, mount: container, styleRoot: container, page: null },
  );
  const update = () => host.render(readModelArgs(model), notebookTheme(doc));
  for (const name of ARG_TRAITS) model.on(`change:${name}`, update);
  const View = doc.defaultView?.MutationObserver ?? MutationObserver;
  const themeWatch = new View(update);
  themeWatch.observe(doc.body, { attributes: true, attributeFilter: ["class", "data-jp-theme-name"] });
  update();

  return () => {
    for (const name of ARG_TRAITS) model.off(`change:${name}`, update);
    themeWatch.disconnect();
    host.destroy();
    container.remove();
    if (ownsLoader) page.loaderViews.delete(session);
  };
}
