import { describe, expect, it } from "vitest";
import type { CarrierPayload, Envelope } from "../protocol/envelope";
import { Inbox } from "./inbox";

const env = (seq: number, content = `m${seq}`): Envelope => ({
  seq,
  id: `id${seq}`,
  kind: "open",
  detail: { type: "OPEN_OCTOCOM", message: { content } },
});

const carrier = (seq: number, session = "s", key = "k"): CarrierPayload =>
  ({ envelope: env(seq), v: 1, session, key });

const contents = (taken: Envelope[]) =>
  taken.map((e) => (e.kind === "open" ? e.detail.message?.content : e.kind));

describe("Inbox", () => {
  it("yields args envelopes first, then the page's carriers for the stream", () => {
    const inbox = new Inbox();
    inbox.keepFromPage(carrier(1));
    inbox.keepFromArgs([env(2), env(3)]);
    expect(inbox.takeFor("s", "k").map((e) => e.seq)).toEqual([2, 3, 1]);
  });

  it("drops carriers for another session or widget key", () => {
    const inbox = new Inbox();
    inbox.keepFromPage(carrier(1, "other", "k"));
    inbox.keepFromPage(carrier(2, "s", "another-key"));
    inbox.keepFromPage(carrier(3));
    expect(inbox.takeFor("s", "k").map((e) => e.seq)).toEqual([3]);
    inbox.keepFromPage(carrier(4));
    expect(inbox.takeFor("other", "k")).toEqual([]); // the dropped ones are gone, not kept for later
  });

  it("keeps one args envelope per sequence number, the latest copy in the first one's place", () => {
    const inbox = new Inbox();
    inbox.keepFromArgs([env(1, "old"), env(2)]);
    inbox.keepFromArgs([env(1, "new")]);
    expect(contents(inbox.takeFor("s", "k"))).toEqual(["new", "m2"]);
  });

  it("is empty after it was emptied", () => {
    const inbox = new Inbox();
    inbox.keepFromArgs([env(1)]);
    inbox.keepFromPage(carrier(2));
    inbox.takeFor("s", "k");
    expect(inbox.takeFor("s", "k")).toEqual([]);
  });
});
