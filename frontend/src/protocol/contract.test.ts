import { describe, expect, it } from "vitest";
import { isDisplayableImageUrl, readOpenChatDetail } from "./contract";
import { readCarrier } from "./envelope";

describe("readOpenChatDetail", () => {
  it("ignores other event types and non-objects", () => {
    expect(readOpenChatDetail({ type: "CLOSE_OCTOCOM" })).toBeNull();
    expect(readOpenChatDetail(null)).toBeNull();
    expect(readOpenChatDetail("OPEN_OCTOCOM")).toBeNull();
  });
  it("keeps only contract keys and drops a message without string content", () => {
    expect(readOpenChatDetail({ type: "OPEN_OCTOCOM", message: { content: 5 } })).toEqual({ type: "OPEN_OCTOCOM" });
    expect(readOpenChatDetail({ type: "OPEN_OCTOCOM", x: 1, message: { content: "a", imageUrl: "u", y: 2 } })).toEqual({
      type: "OPEN_OCTOCOM",
      message: { content: "a", imageUrl: "u" },
    });
  });
});

describe("isDisplayableImageUrl", () => {
  it.each([
    ["https://example.com/a.png", true],
    ["http://127.0.0.1:8501/a.png", true],
    ["data:image/png;base64,AAAA", true],
    ["javascript:alert(1)", false],
    ["data:text/html;base64,PHNjcmlwdD4=", false],
    ["data:image/svg+xml;base64,PHN2Zz4=", false],
    ["/relative.png", false],
    ["file:///etc/passwd", false],
  ])("%s -> %s", (url, ok) => expect(isDisplayableImageUrl(url)).toBe(ok));
});

describe("readCarrier", () => {
  const envelope = { seq: 1, id: "i", kind: "open", detail: { type: "OPEN_OCTOCOM" } };
  const good = { v: 1, session: "s", key: "k", envelope };
  it("reads a well-formed payload", () => {
    expect(readCarrier(JSON.stringify(good))).toEqual(good);
  });
  it.each([
    ["not json", "{"],
    ["wrong version", JSON.stringify({ ...good, v: 2 })],
    ["bad seq", JSON.stringify({ ...good, envelope: { ...envelope, seq: 0 } })],
    ["no session", JSON.stringify({ ...good, session: 1 })],
    ["wrong type", JSON.stringify({ ...good, envelope: { ...envelope, detail: { type: "X" } } })],
  ])("rejects %s", (_name, text) => expect(readCarrier(text)).toBeNull());
});

describe("readEnvelope kinds", () => {
  const carried = (envelope: Record<string, unknown>) => readCarrier(JSON.stringify({ v: 1, session: "s", key: "k", envelope }))?.envelope;
  it("reads replies, cancels and delays, and rejects unknown kinds", () => {
    expect(carried({ seq: 2, id: "r", kind: "reply", reply: { content: "hi" } })).toMatchObject({ kind: "reply", reply: { content: "hi" } });
    expect(carried({ seq: 3, id: "c", kind: "cancel" })?.kind).toBe("cancel");
    expect(carried({ seq: 4, id: "d", kind: "open", delayMs: 500, detail: { type: "OPEN_OCTOCOM" } })).toMatchObject({ delayMs: 500 });
    expect(carried({ seq: 5, id: "x", kind: "explode" })).toBeUndefined();
  });
});
