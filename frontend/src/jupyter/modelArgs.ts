/**
 * The widget args from a Jupyter model. The Python ChatWidget syncs traits named
 * exactly like the Streamlit component's args (`session`, `widget_key`, `events`,
 * `options`), so both read through the same `readWidgetArgs`.
 */

import { readWidgetArgs, type WidgetArgs } from "../protocol/args";
import type { AnyModel } from "./anyModel";

/** The traits that make the args; a change of any of them re-renders every view. */
export const ARG_TRAITS = ["session", "widget_key", "events", "options"] as const;

export function readModelArgs(model: AnyModel): WidgetArgs {
  return readWidgetArgs(Object.fromEntries(ARG_TRAITS.map((name) => [name, model.get(name)])));
}
