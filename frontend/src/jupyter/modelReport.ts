/**
 * Which widget events of a model go to its Python ChatWidget (as custom messages
 * `{kind: "widget_event", event}`).
 *
 * A model shown in several cells has one preview widget per view, all listening to
 * the one notebook document, so one `openChatEvent` opens every view: "opened" and
 * "closed" are reported when the model's state changes, not once per view.
 * "delivered" comes from the one view that dispatched (once per page), a customer
 * message from the view a person typed in, and the rest as they happen.
 */

import type { WidgetEvent } from "../chatHost";

/** `at`: browser time in milliseconds since the epoch, as in the Streamlit report. */
export interface WidgetEventMessage {
  kind: "widget_event";
  event: WidgetEvent & { at: number };
}

export class ModelReport {
  private state: "open" | "closed" = "closed";

  /** The message to send for `event`, or null when another view already reported it. */
  message(event: WidgetEvent, at: number = Date.now()): WidgetEventMessage | null {
    if (event.type === "opened" || event.type === "closed") {
      const state = event.type === "opened" ? "open" : "closed";
      if (state === this.state) return null;
      this.state = state;
    }
    return { kind: "widget_event", event: { ...event, at } };
  }
}

/**
 * One report per model in this page. anywidget hands each view its own proxy of the
 * model, so models are told apart by their `_session` trait (a random token per
 * Python ChatWidget), not by object identity.
 */
export class ModelReports {
  private readonly reports = new Map<string, ModelReport>();

  for(session: string): ModelReport {
    let report = this.reports.get(session);
    if (report === undefined) {
      report = new ModelReport();
      this.reports.set(session, report);
    }
    return report;
  }
}
