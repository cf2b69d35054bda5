/**
 * Widget reports sent to Python as the component value. Each report gets a number `n`
 * that only grows, so Python can tell new reports from ones it already saw (a component
 * value persists across reruns). Sending a value reruns the script, so only reports of
 * what a person did (or of the loader's outcome) are sent by default; the others ride
 * along with the next send. The reports of one task are sent together.
 */

import type { ReportLevel } from "../protocol/args";
import { KEPT_EVENTS, type ComponentValue, type ReportStamp, type WidgetEvent } from "../protocol/generated";

/** A report as the component value carries it: numbered (`n`) and timed (`at`). */
export type NumberedReport = WidgetEvent & ReportStamp;

export function causesRerun(report: WidgetEvent, level: ReportLevel): boolean {
  if (level === "all") return true;
  if (report.type === "opened" || report.type === "closed") return report.by === "person";
  return report.type !== "delivered" && report.type !== "button_clicked";
}

/** The last KEPT_EVENTS reports; `instance` changes when the iframe is recreated, so Python restarts its count of seen reports. */
export class ComponentValueReport {
  private reports: NumberedReport[] = [];
  private next = 1;
  private scheduled = false;
  readonly instance = Math.random().toString(36).slice(2, 12);

  constructor(
    private readonly send: (value: ComponentValue) => void,
    private readonly now: () => number = Date.now,
  ) {}

  add(report: WidgetEvent, level: ReportLevel): void {
    this.reports = [...this.reports, { ...report, n: this.next++, at: this.now() }].slice(-KEPT_EVENTS);
    if (causesRerun(report, level) && !this.scheduled) {
      this.scheduled = true;
      queueMicrotask(() => {
        this.scheduled = false;
        this.send({ instance: this.instance, events: this.reports });
      });
    }
  }
}
