import { afterEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_PREVIEW_OPTIONS, PreviewWidget } from "./previewWidget";

function mount(callbacks = {}) {
  const widget = new PreviewWidget(document, undefined, callbacks);
  widget.mount(document.body);
  return widget;
}

function fire(detail: unknown) {
  document.dispatchEvent(new CustomEvent("openChatEvent", { detail }));
}

const customer = () => [...document.querySelectorAll(".oc-msg--customer .oc-msg-text")].map((e) => e.textContent);

describe("PreviewWidget", () => {
  let widget: PreviewWidget | undefined;
  afterEach(() => {
    widget?.destroy();
    document.body.innerHTML = "";
  });

  it("runs the guide's snippet unchanged: opens with a customer message", () => {
    widget = mount();
    const event = new CustomEvent("openChatEvent", {
      detail: { type: "OPEN_OCTOCOM", message: { content: "Hello, I need help with my order." } },
    });
    document.dispatchEvent(event);
    expect(widget.isOpen).toBe(true);
    expect(customer()).toEqual(["Hello, I need help with my order."]);
  });

  it("only opens without a message and ignores other types", () => {
    widget = mount();
    fire({ type: "SOMETHING_ELSE", message: { content: "x" } });
    expect(widget.isOpen).toBe(false);
    fire({ type: "OPEN_OCTOCOM" });
    expect(widget.isOpen).toBe(true);
    expect(customer()).toEqual([]);
  });

  it("shows content as text, never HTML", () => {
    widget = mount();
    fire({ type: "OPEN_OCTOCOM", message: { content: "<img src=x onerror=alert(1)>" } });
    expect(customer()).toEqual(["<img src=x onerror=alert(1)>"]);
    expect(document.querySelector(".oc-messages img")).toBeNull();
  });

  it("shows an image only from a displayable URL", () => {
    widget = mount();
    fire({ type: "OPEN_OCTOCOM", message: { content: "a", imageUrl: "https://example.com/a.png" } });
    fire({ type: "OPEN_OCTOCOM", message: { content: "b", imageUrl: "javascript:alert(1)" } });
    const images = document.querySelectorAll<HTMLImageElement>(".oc-messages img");
    expect(images).toHaveLength(1);
    expect(images[0]?.getAttribute("src")).toBe("https://example.com/a.png");
    expect(document.querySelector(".oc-msg-note")?.textContent).toContain("image not shown");
  });

  it("keeps the whole conversation in order", () => {
    widget = mount();
    for (const content of ["one", "two", "three"]) fire({ type: "OPEN_OCTOCOM", message: { content } });
    expect(customer()).toEqual(["one", "two", "three"]);
  });

  it("lets a person send with Enter, close with Escape, and reopen", () => {
    const onCustomerMessage = vi.fn();
    const onStateChange = vi.fn();
    widget = mount({ onCustomerMessage, onStateChange });
    const launcher = document.querySelector<HTMLButtonElement>(".oc-launcher")!;
    expect(launcher.getAttribute("aria-label")).toBe("Open chat");
    launcher.click();
    const input = document.querySelector<HTMLInputElement>('input[aria-label="Message"]')!;
    input.value = "typed by a person";
    input.form!.requestSubmit();
    expect(customer()).toEqual(["typed by a person"]);
    expect(onCustomerMessage).toHaveBeenCalledWith("typed by a person");
    expect(input.value).toBe("");
    input.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    expect(widget.isOpen).toBe(false);
    launcher.click();
    expect(widget.isOpen).toBe(true);
    expect(onStateChange.mock.calls.map((c) => c[0])).toEqual(["open", "closed", "open"]);
  });

  it("gives every control an accessible name", () => {
    widget = mount();
    for (const control of document.querySelectorAll("button, input")) {
      expect(control.getAttribute("aria-label")).toBeTruthy();
    }
  });

  it("re-renders with the same options without touching the DOM", async () => {
    widget = mount();
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((found) => records.push(...found));
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
    widget.configure({ ...DEFAULT_PREVIEW_OPTIONS });
    await Promise.resolve();
    expect(records).toEqual([]);
    widget.configure({ ...DEFAULT_PREVIEW_OPTIONS, title: "Acme help" });
    await Promise.resolve();
    observer.disconnect();
    expect(records.length).toBeGreaterThan(0);
    expect(document.querySelector(".oc-title")?.textContent).toBe("Acme help");
  });

  it("hands focus to the launcher when the close button closes the panel", () => {
    widget = mount();
    const launcher = document.querySelector<HTMLButtonElement>(".oc-launcher")!;
    launcher.click();
    document.querySelector<HTMLButtonElement>(".oc-close")!.click();
    expect(widget.isOpen).toBe(false);
    expect(document.activeElement).toBe(launcher);
  });

  it("keeps the messages a list inside one polite log", () => {
    widget = mount();
    fire({ type: "OPEN_OCTOCOM", message: { content: "hello" } });
    const log = document.querySelector('[role="log"]')!;
    expect(log.getAttribute("aria-live")).toBe("polite");
    expect(log.tagName).toBe("DIV");
    expect([...log.querySelectorAll("ol > li")].map((li) => li.textContent)).toEqual([
      DEFAULT_PREVIEW_OPTIONS.greeting,
      "hello",
    ]);
  });

  it("restores earlier messages as text after the greeting, without opening or calling back", () => {
    const onMessage = vi.fn();
    const onStateChange = vi.fn();
    widget = mount({ onMessage, onStateChange });
    widget.restore([
      { role: "customer", content: "<b>Hi</b>" },
      { role: "agent", content: "Hello!" },
      { role: "customer", content: "My photo", imageDropped: true },
    ]);
    expect(customer()).toEqual(["<b>Hi</b>", "My photo"]);
    expect(document.querySelector(".oc-msg b")).toBeNull();
    expect(document.querySelectorAll(".oc-msg--agent")).toHaveLength(2); // the greeting first
    expect(document.querySelector(".oc-msg--customer .oc-msg-note")?.textContent).toBe("(image not kept)");
    expect(widget.isOpen).toBe(false);
    expect(onMessage).not.toHaveBeenCalled();
    expect(onStateChange).not.toHaveBeenCalled();
    fire({ type: "OPEN_OCTOCOM", message: { content: "new" } });
    expect(onMessage).toHaveBeenCalledWith("customer", "new", undefined);
  });
});
