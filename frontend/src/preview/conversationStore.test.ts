import { describe, expect, it } from "vitest";
import { ConversationStore, KEPT_MESSAGES, bounded, readKept } from "./conversationStore";

describe("ConversationStore", () => {
  it("keeps messages per widget key in the given storage", () => {
    sessionStorage.clear();
    const a = new ConversationStore(sessionStorage, "a");
    a.add({ role: "customer", content: "Hi" });
    a.add({ role: "agent", content: "Hello!" });
    new ConversationStore(sessionStorage, "b").add({ role: "customer", content: "other widget" });
    expect(new ConversationStore(sessionStorage, "a").load()).toEqual([
      { role: "customer", content: "Hi" },
      { role: "agent", content: "Hello!" },
    ]);
    expect(new ConversationStore(sessionStorage, "b").load()).toEqual([{ role: "customer", content: "other widget" }]);
  });

  it("keeps only the newest messages", () => {
    sessionStorage.clear();
    const store = new ConversationStore(sessionStorage, "k");
    for (let i = 1; i <= KEPT_MESSAGES + 5; i++) store.add({ role: "customer", content: `m${i}` });
    const kept = new ConversationStore(sessionStorage, "k").load();
    expect(kept).toHaveLength(KEPT_MESSAGES);
    expect(kept[0]?.content).toBe("m6");
    expect(kept.at(-1)?.content).toBe(`m${KEPT_MESSAGES + 5}`);
  });

  it("drops an image that does not fit the size cap, then the oldest messages", () => {
    const image = `data:image/png;base64,${"A".repeat(100)}`;
    const kept = bounded(
      [
        { role: "customer", content: "old" },
        { role: "customer", content: "photo", imageUrl: image },
        { role: "customer", content: "new" },
      ],
      50,
    );
    expect(kept).toEqual([
      { role: "customer", content: "old" },
      { role: "customer", content: "photo", imageDropped: true },
      { role: "customer", content: "new" },
    ]);
    expect(bounded([{ role: "customer", content: "x".repeat(30) }, { role: "agent", content: "y".repeat(30) }], 50)).toEqual([
      { role: "agent", content: "y".repeat(30) },
    ]);
  });

  it("reads what storage holds as untrusted: junk is dropped, not thrown", () => {
    expect(readKept("not json")).toEqual([]);
    expect(readKept('{"role":"customer"}')).toEqual([]);
    expect(readKept('[{"role":"admin","content":"x"},{"role":"agent","content":7},{"role":"agent","content":"ok","extra":1}]')).toEqual([
      { role: "agent", content: "ok" },
    ]);
  });

  it("works without storage (blocked): nothing kept, nothing thrown", () => {
    const store = new ConversationStore(null, "k");
    store.add({ role: "customer", content: "Hi" });
    expect(new ConversationStore(null, "k").load()).toEqual([]);
  });
});
