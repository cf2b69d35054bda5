/**
 * The widget args from a Jupyter model. The Python ChatWidget syncs one trait per
 * component arg (`ARG_TRAITS`, from the Python protocol: `_session`, `_widget_key`,
 * `_envelopes`, `_options`, internal in Python), so both bindings read their args
 * through the same `readWidgetArgs`.
 */

import { readWidgetArgs, type ComponentArgs } from "../protocol/args";
import { ARG_TRAITS as TRAIT_OF_ARG } from "../protocol/generated";
import type { AnyModel } from "./anyModel";

/** The model traits that carry the args; a change of any re-renders every view. */
export const ARG_TRAITS = Object.values(TRAIT_OF_ARG);

export function readModelArgs(model: AnyModel): ComponentArgs {
  return readWidgetArgs(Object.fromEntries(Object.entries(TRAIT_OF_ARG).map(([arg, trait]) => [arg, model.get(trait)])));
}
