/**
 * Widget events reported to Python as the component value. Each event gets a number
 * `n` that only grows, so Python can tell new events from ones it already saw (a
 * component value persists across reruns). Sending a value reruns the script, so
 * only events a person caused (or the loader's outcome) are sent by default; the
 * others ride along with the next send. Events of one task are sent together.
 */

import type { ReportLevel } from "../protocol/args";
import { KEPT_EVENTS, type ComponentValue, type ReportStamp, type WidgetEvent } from "../protocol/generated";

export { KEPT_EVENTS };
export type NumberedEvent = WidgetEvent & ReportStamp;
/** `instance` changes when the iframe is recreated, so Python restarts its count of seen events. */
export type ReportValue = ComponentValue;

export function causesRerun(event: WidgetEvent, level: ReportLevel): boolean {
  if (level === "all") return true;
  if (event.type === "opened" || event.type === "closed") return event.by === "person";
  return event.type !== "delivered" && event.type !== "button_clicked";
}

export class EventReport {
  private events: NumberedEvent[] = [];
  private next = 1;
  private scheduled = false;
  readonly instance = Math.random().toString(36).slice(2, 12);

  constructor(
    private readonly send: (value: ReportValue) => void,
    private readonly now: () => number = Date.now,
  ) {}

  add(event: WidgetEvent, level: ReportLevel): void {
    this.events = [...this.events, { ...event, n: this.next++, at: this.now() }].slice(-KEPT_EVENTS);
    if (causesRerun(event, level) && !this.scheduled) {
      this.scheduled = true;
      queueMicrotask(() => {
        this.scheduled = false;
        this.send({ instance: this.instance, events: this.events });
      });
    }
  }
}
