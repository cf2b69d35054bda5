/**
 * What every view of every ChatWidget in one notebook page shares.
 *
 * - One sequence store: two views of a model run two ChatHosts whose sequencers
 *   check the same record, so each event is dispatched once in the page, by
 *   whichever view gets it first, and every view's preview widget (all listening
 *   to the notebook document) shows it.
 * - One report per model (see modelReport.ts).
 * - Which models have a view running the real Octocom loader: the loaded widget
 *   belongs to the whole page, so only one view of a model loads it.
 */

import { browserSequenceStore, type SequenceStore } from "../delivery/sequenceStore";
import { ModelReports } from "./modelReport";

export interface NotebookPage {
  store: SequenceStore;
  reports: ModelReports;
  loaderViews: Set<string>;
}

const pages = new WeakMap<Document, NotebookPage>();

export function notebookPage(doc: Document): NotebookPage {
  let page = pages.get(doc);
  if (page === undefined) {
    page = {
      store: browserSequenceStore(doc.defaultView ?? window),
      reports: new ModelReports(),
      loaderViews: new Set(),
    };
    pages.set(doc, page);
  }
  return page;
}
