/**
 * The golden protocol fixtures (tests/fixtures/protocol/), which pytest checks Python
 * writes and reads: the frontend's readers accept them and read the same values, and
 * its report transports write the same reports. A rename on one side fails here or in pytest.
 */

import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readButtonPayload } from "../delivery/chatButtons";
import { ModelReport } from "../jupyter/reportsTrait";
import { ComponentValueReport } from "../streamlit/componentValue";
import { DEFAULT_OPTIONS, readOptions, readWidgetArgs } from "./args";
import { readCarrier, readEnvelope } from "./envelope";
import type { ComponentValue, PageReport, WidgetEvent } from "./generated";

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), "../../../tests/fixtures/protocol");

function fixture<T = unknown>(name: string): T {
  return JSON.parse(readFileSync(resolve(FIXTURES, name), "utf-8")) as T;
}

/** A report as the host makes it, without what a transport stamps on it. */
function bare(report: Record<string, unknown>): WidgetEvent {
  const { n: _n, at: _at, ...rest } = report;
  return rest as unknown as WidgetEvent;
}

describe("protocol fixtures", () => {
  it.each([
    "envelope-open.json",
    "envelope-open-delayed-image.json",
    "envelope-open-bare.json",
    "envelope-reply.json",
    "envelope-cancel.json",
  ])("reads the envelope %s as written", (name) => {
    expect(readEnvelope(fixture(name))).toEqual(fixture(name));
  });

  it("reads the component args as written", () => {
    const args = fixture<Record<string, unknown>>("component-args.json");
    expect(readWidgetArgs(args)).toEqual(args);
  });

  it("reads every option, and the defaults are Python's", () => {
    expect(readOptions(fixture("options-all.json"))).toEqual(fixture("options-all.json"));
    expect(readOptions(fixture("options-default.json"))).toEqual(fixture("options-default.json"));
    expect(DEFAULT_OPTIONS).toEqual(fixture("options-default.json"));
  });

  it("reads a carrier and a chat-button payload as written", () => {
    expect(readCarrier(JSON.stringify(fixture("carrier.json")))).toEqual(fixture("carrier.json"));
    expect(readButtonPayload(JSON.stringify(fixture("button.json")))).toEqual(fixture("button.json"));
  });

  it("writes the Streamlit component value Python reads", async () => {
    const expected = fixture<ComponentValue>("report-component-value.json");
    const times = expected.events.map((report) => report.at);
    const sent: ComponentValue[] = [];
    const reports = new ComponentValueReport((value) => sent.push(value), () => times.shift() ?? 0);
    for (const report of expected.events) reports.add(bare(report as unknown as Record<string, unknown>), "all");
    await Promise.resolve();
    expect({ ...sent.at(-1), instance: expected.instance }).toEqual(expected);
  });

  it("writes the notebook page's report window Python reads", () => {
    const expected = fixture<PageReport[]>("report-page-window.json");
    const model = new ModelReport(expected[0]?.page ?? "");
    for (const entry of expected) model.add(bare(entry.event as unknown as Record<string, unknown>), entry.event.at);
    expect(model.window).toEqual(expected);
  });
});
