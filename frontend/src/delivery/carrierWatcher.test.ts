import { afterEach, describe, expect, it } from "vitest";
import { COMMAND_ATTRIBUTE, type CarrierPayload } from "../protocol/envelope";
import { watchCarriers } from "./carrierWatcher";

const payload = (seq: number) => ({
  v: 1,
  session: "s",
  key: "k",
  envelope: { seq, id: `i${seq}`, kind: "open", detail: { type: "OPEN_OCTOCOM" } },
});

function carrier(seq: number): HTMLStyleElement {
  const style = document.createElement("style");
  style.setAttribute(COMMAND_ATTRIBUTE, JSON.stringify(payload(seq)));
  return style;
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("watchCarriers", () => {
  let stop: (() => void) | undefined;
  afterEach(() => {
    stop?.();
    document.body.innerHTML = "";
  });

  it("reads carriers already on the page, then new ones", async () => {
    document.body.appendChild(carrier(1));
    const seen: CarrierPayload[] = [];
    stop = watchCarriers(document, (p) => seen.push(p));
    const wrapper = document.createElement("div");
    wrapper.appendChild(carrier(2));
    document.body.appendChild(wrapper);
    await flush();
    expect(seen.map((p) => p.envelope.seq)).toEqual([1, 2]);
  });

  it("still sees a carrier that is removed right after it was added", async () => {
    const seen: CarrierPayload[] = [];
    stop = watchCarriers(document, (p) => seen.push(p));
    const node = carrier(3);
    document.body.appendChild(node);
    node.remove();
    await flush();
    expect(seen.map((p) => p.envelope.seq)).toEqual([3]);
  });

  it("ignores malformed carriers", async () => {
    const seen: CarrierPayload[] = [];
    stop = watchCarriers(document, (p) => seen.push(p));
    const bad = document.createElement("style");
    bad.setAttribute(COMMAND_ATTRIBUTE, "{not json");
    document.body.appendChild(bad);
    await flush();
    expect(seen).toEqual([]);
  });
});
