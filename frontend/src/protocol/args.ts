/** The component args Python sends on every render (see octocom_streamlit/component/widget.py). */

import { readEnvelope, type DeliveryEnvelope } from "./envelope";

export interface WidgetArgs {
  session: string;
  widgetKey: string;
  events: DeliveryEnvelope[];
  fixedHeight: number | null;
}

export function readWidgetArgs(raw: Record<string, unknown>): WidgetArgs {
  const events = Array.isArray(raw.events) ? raw.events.map(readEnvelope) : [];
  return {
    session: typeof raw.session === "string" ? raw.session : "",
    widgetKey: typeof raw.widget_key === "string" ? raw.widget_key : "octocom",
    events: events.filter((e): e is DeliveryEnvelope => e !== null),
    fixedHeight: typeof raw.fixed_height === "number" ? raw.fixed_height : null,
  };
}
