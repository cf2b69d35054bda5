/** The component args Python sends on every render (see octocom_streamlit/options.py). */

import { readEnvelope, type DeliveryEnvelope } from "./envelope";

export type Layout = "floating" | "inline";
export type Corner = "bottom-right" | "bottom-left";
export type ReportLevel = "interactions" | "all";

export interface LoaderScript {
  src: string | null;
  attributes: Record<string, string>;
  code: string | null;
}

export interface WidgetOptions {
  layout: Layout;
  corner: Corner;
  height: number | null;
  title: string;
  subtitle: string;
  greeting: string;
  accentColor: string | null;
  avatarUrl: string | null;
  loader: LoaderScript[] | null;
  loaderTimeoutMs: number;
  report: ReportLevel;
}

export const DEFAULT_OPTIONS: WidgetOptions = {
  layout: "floating",
  corner: "bottom-right",
  height: null,
  title: "Octocom assistant",
  subtitle: "Preview widget · offline",
  greeting: "Hi! How can we help you today?",
  accentColor: null,
  avatarUrl: null,
  loader: null,
  loaderTimeoutMs: 15000,
  report: "interactions",
};

export interface WidgetArgs {
  session: string;
  widgetKey: string;
  events: DeliveryEnvelope[];
  options: WidgetOptions;
}

function pick<T>(value: unknown, ok: (v: unknown) => v is T, fallback: T): T {
  return ok(value) ? value : fallback;
}
const isString = (v: unknown): v is string => typeof v === "string";
const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const isNullableString = (v: unknown): v is string | null => v === null || typeof v === "string";
const oneOf =
  <T extends string>(...values: T[]) =>
  (v: unknown): v is T =>
    typeof v === "string" && (values as string[]).includes(v);

function readLoader(value: unknown): LoaderScript[] | null {
  if (!Array.isArray(value)) return null;
  return value
    .filter((s): s is Record<string, unknown> => typeof s === "object" && s !== null)
    .map((s) => ({
      src: isString(s.src) ? s.src : null,
      code: isString(s.code) ? s.code : null,
      attributes:
        typeof s.attributes === "object" && s.attributes !== null
          ? Object.fromEntries(Object.entries(s.attributes).filter((e): e is [string, string] => isString(e[1])))
          : {},
    }));
}

export function readOptions(raw: unknown): WidgetOptions {
  const o = typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>) : {};
  const d = DEFAULT_OPTIONS;
  return {
    layout: pick(o.layout, oneOf<Layout>("floating", "inline"), d.layout),
    corner: pick(o.corner, oneOf<Corner>("bottom-right", "bottom-left"), d.corner),
    height: isNumber(o.height) ? o.height : null,
    title: pick(o.title, isString, d.title),
    subtitle: pick(o.subtitle, isString, d.subtitle),
    greeting: pick(o.greeting, isString, d.greeting),
    accentColor: pick(o.accentColor, isNullableString, d.accentColor),
    avatarUrl: pick(o.avatarUrl, isNullableString, d.avatarUrl),
    loader: readLoader(o.loader),
    loaderTimeoutMs: pick(o.loaderTimeoutMs, isNumber, d.loaderTimeoutMs),
    report: pick(o.report, oneOf<ReportLevel>("interactions", "all"), d.report),
  };
}

export function readWidgetArgs(raw: Record<string, unknown>): WidgetArgs {
  const events = Array.isArray(raw.events) ? raw.events.map(readEnvelope) : [];
  return {
    session: typeof raw.session === "string" ? raw.session : "",
    widgetKey: typeof raw.widget_key === "string" ? raw.widget_key : "octocom",
    events: events.filter((e): e is DeliveryEnvelope => e !== null),
    options: readOptions(raw.options),
  };
}
