import { describe, expect, it } from "vitest";
import { dispatchOpenChat } from "./dispatcher";
import type { OpenChatDetail } from "./protocol/contract";

function record(): CustomEvent[] {
  const seen: CustomEvent[] = [];
  document.addEventListener("openChatEvent", (e) => seen.push(e as CustomEvent));
  return seen;
}

describe("dispatchOpenChat", () => {
  it("dispatches the contract event on the document once", () => {
    const seen = record();
    dispatchOpenChat(document, { type: "OPEN_OCTOCOM", message: { content: "Hi", imageUrl: "https://e.x/a.png" } });
    expect(seen).toHaveLength(1);
    expect(seen[0]?.type).toBe("openChatEvent");
    expect(seen[0]?.detail).toEqual({ type: "OPEN_OCTOCOM", message: { content: "Hi", imageUrl: "https://e.x/a.png" } });
  });

  it("sends only the contract's keys", () => {
    const seen = record();
    const sloppy = { type: "OPEN_OCTOCOM", extra: 1, message: { content: "a", other: 2 } } as unknown as OpenChatDetail;
    dispatchOpenChat(document, sloppy);
    expect(seen.at(-1)?.detail).toEqual({ type: "OPEN_OCTOCOM", message: { content: "a" } });
    expect(Object.keys(seen.at(-1)?.detail.message)).toEqual(["content"]);
  });

  it("omits message when there is none", () => {
    const seen = record();
    dispatchOpenChat(document, { type: "OPEN_OCTOCOM" });
    expect(seen.at(-1)?.detail).toEqual({ type: "OPEN_OCTOCOM" });
    expect("message" in seen.at(-1)?.detail).toBe(false);
  });
});
