/**
 * How the widget reports of a model reach its Python ChatWidget: through a synced trait
 * the page writes, `_reports`, not anywidget custom messages (`model.send`).
 *
 * Why a trait: every notebook front end syncs traits both ways, but not every one turns
 * a custom message into something Python reacts to. marimo (0.25) re-runs the cells that
 * depend on a `mo.ui.anywidget` only when the page changes a trait, and merges the
 * trait updates that queue up while the kernel is busy (last write wins per trait). So
 * the page writes its whole window of reports each time: `{page, n, event}` entries, `n`
 * counting from 1 per page and model, `page` a random token of this document. Python
 * takes each `n` once, in order, and acknowledges the last one it took in
 * `_reports_read` (`{page: n}`); the page then drops what was read. A merged or
 * repeated write therefore loses nothing and doubles nothing.
 *
 * A model shown in several cells has one preview widget per view, all listening to
 * the one notebook document, so one `openChatEvent` opens every view: "opened" and
 * "closed" are reported when the model's state changes, not once per view.
 * "delivered" comes from the one view that dispatched (once per page), a customer
 * message from the view a person typed in, and the rest as they happen.
 */

import { isRecord } from "../protocol/contract";
import { REPORTS_READ_TRAIT, REPORTS_TRAIT, type PageReport, type WidgetEvent } from "../protocol/generated";

/** The trait the page writes its reports to, and the one Python acknowledges them in. */
export { REPORTS_READ_TRAIT, REPORTS_TRAIT };
export type { PageReport };

/** Reports kept while Python does not read them (a kernel that went away): the oldest leave. */
export const MAX_UNREAD = 500;


export class ModelReport {
  private state: "open" | "closed" = "closed";
  private count = 0;
  private unread: PageReport[] = [];

  constructor(readonly page: string) {}

  /**
   * Add `report` to the window; returns the window to write, or null when another view
   * already reported it (nothing to write).
   */
  add(report: WidgetEvent, at: number = Date.now()): PageReport[] | null {
    if (report.type === "opened" || report.type === "closed") {
      const state = report.type === "opened" ? "open" : "closed";
      if (state === this.state) return null;
      this.state = state;
    }
    this.count += 1;
    this.unread = [...this.unread, { page: this.page, n: this.count, event: { ...report, at } }].slice(-MAX_UNREAD);
    return this.unread;
  }

  /** Python read this page's reports up to `read` (the value of `_reports_read`): forget them. */
  acknowledge(read: unknown): void {
    const n = isRecord(read) ? read[this.page] : undefined;
    if (typeof n === "number") this.unread = this.unread.filter((entry) => entry.n > n);
  }

  /** The reports Python has not acknowledged yet, oldest first. */
  get window(): readonly PageReport[] {
    return this.unread;
  }
}

/** A random token for one page (works outside secure contexts, unlike `randomUUID`). */
export function pageToken(crypto: Crypto): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * One report per model in this page. anywidget hands each view its own proxy of the
 * model, so models are told apart by their `_session` trait (a random token per
 * Python ChatWidget), not by object identity.
 */
export class ModelReports {
  private readonly reports = new Map<string, ModelReport>();

  constructor(private readonly page: string) {}

  for(session: string): ModelReport {
    let report = this.reports.get(session);
    if (report === undefined) {
      report = new ModelReport(this.page);
      this.reports.set(session, report);
    }
    return report;
  }
}
