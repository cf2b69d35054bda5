/**
 * What every view of every ChatWidget in one notebook page shares.
 *
 * - One sequence store: two views of a model run two ChatHosts whose sequencers
 *   check the same record, so each command is dispatched once in the page, by
 *   whichever view gets it first, and every view's preview widget (all listening
 *   to the notebook document) shows it.
 * - One report per model (see reportsTrait.ts).
 * - The live views of each model, so a view displayed later starts with the
 *   conversation its siblings show (see mirrorConversation).
 * - Which models have a view running the real Octocom loader: the loaded widget
 *   belongs to the whole page, so only one view of a model loads it.
 */

import type { ChatHost } from "../chatHost";
import { browserSequenceStore, type SequenceStore } from "../delivery/sequenceStore";
import { ModelReports, pageToken } from "./reportsTrait";

export interface NotebookPage {
  store: SequenceStore;
  reports: ModelReports;
  views: Map<string, Set<ChatHost>>;
  loaderViews: Set<string>;
}

const pages = new WeakMap<Document, NotebookPage>();

export function notebookPage(doc: Document): NotebookPage {
  let page = pages.get(doc);
  if (page === undefined) {
    const view = doc.defaultView ?? window;
    page = {
      store: browserSequenceStore(view),
      reports: new ModelReports(pageToken(view.crypto)),
      views: new Map(),
      loaderViews: new Set(),
    };
    pages.set(doc, page);
  }
  return page;
}

/** The live views (their hosts) of the model with `session`. */
export function viewsOf(page: NotebookPage, session: string): Set<ChatHost> {
  let views = page.views.get(session);
  if (views === undefined) {
    views = new Set();
    page.views.set(session, views);
  }
  return views;
}
