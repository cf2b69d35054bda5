/** Reading the args every render brings (the Streamlit component's args, the notebook model's traits). */

import { isRecord } from "./contract";
import { readEnvelope } from "./envelope";
import { DEFAULT_KEY, DEFAULT_OPTIONS, type ComponentArgs, type Envelope, type LoaderScript, type WidgetOptions } from "./generated";

export { DEFAULT_OPTIONS };
export type { ComponentArgs, LoaderScript, WidgetOptions };
export type Layout = WidgetOptions["layout"];
export type Corner = WidgetOptions["corner"];
export type ReportLevel = WidgetOptions["report"];

function pick<T>(value: unknown, ok: (v: unknown) => v is T, fallback: T): T {
  return ok(value) ? value : fallback;
}
const isString = (v: unknown): v is string => typeof v === "string";
const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const oneOf =
  <T extends string>(...values: T[]) =>
  (v: unknown): v is T =>
    typeof v === "string" && (values as string[]).includes(v);

function readLoader(value: unknown): LoaderScript[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.filter(isRecord).map((s) => {
    const script: LoaderScript = {
      attributes: isRecord(s.attributes)
        ? Object.fromEntries(Object.entries(s.attributes).filter((e): e is [string, string] => isString(e[1])))
        : {},
    };
    if (isString(s.src)) script.src = s.src;
    if (isString(s.code)) script.code = s.code;
    return script;
  });
}

/** The options, with defaults for what is missing or malformed; optional ones stay absent. */
export function readOptions(raw: unknown): WidgetOptions {
  const o = isRecord(raw) ? raw : {};
  const d = DEFAULT_OPTIONS;
  const options: WidgetOptions = {
    layout: pick(o.layout, oneOf<Layout>("floating", "inline"), d.layout),
    corner: pick(o.corner, oneOf<Corner>("bottom-right", "bottom-left"), d.corner),
    offset: pick(o.offset, isNumber, d.offset),
    title: pick(o.title, isString, d.title),
    subtitle: pick(o.subtitle, isString, d.subtitle),
    greeting: pick(o.greeting, isString, d.greeting),
    loaderTimeout: pick(o.loaderTimeout, isNumber, d.loaderTimeout),
    report: pick(o.report, oneOf<ReportLevel>("interactions", "all"), d.report),
  };
  if (isNumber(o.height)) options.height = o.height;
  if (isString(o.accentColor)) options.accentColor = o.accentColor;
  if (isString(o.avatarUrl)) options.avatarUrl = o.avatarUrl;
  const loader = readLoader(o.loader);
  if (loader !== undefined) options.loader = loader;
  return options;
}

export function readWidgetArgs(raw: Record<string, unknown>): ComponentArgs {
  const envelopes = Array.isArray(raw.envelopes) ? raw.envelopes.map(readEnvelope) : [];
  return {
    session: isString(raw.session) ? raw.session : "",
    widgetKey: isString(raw.widgetKey) ? raw.widgetKey : DEFAULT_KEY,
    envelopes: envelopes.filter((e): e is Envelope => e !== null),
    options: readOptions(raw.options),
  };
}
