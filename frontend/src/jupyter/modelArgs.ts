/**
 * The widget args from a Jupyter model. The Python ChatWidget syncs one trait per
 * Streamlit component arg, named like it with a leading underscore (`_session`,
 * `_widget_key`, `_events`, `_options`: internal in Python), so both bindings read
 * their args through the same `readWidgetArgs`.
 */

import { readWidgetArgs, type WidgetArgs } from "../protocol/args";
import type { AnyModel } from "./anyModel";

/** The component args, by their Streamlit names. */
export const ARG_NAMES = ["session", "widget_key", "events", "options"] as const;

/** The model traits that carry them; a change of any re-renders every view. */
export const ARG_TRAITS = ARG_NAMES.map((name) => `_${name}`);

export function readModelArgs(model: AnyModel): WidgetArgs {
  return readWidgetArgs(Object.fromEntries(ARG_NAMES.map((name) => [name, model.get(`_${name}`)])));
}
