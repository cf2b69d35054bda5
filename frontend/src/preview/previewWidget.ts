/**
 * The offline preview widget: a launcher in the corner and a chat panel. It listens
 * for `openChatEvent` on its document exactly as Octocom's widget does, so the
 * guide's own snippets work unchanged. Everything a page or a person types is
 * rendered with `textContent`, never as HTML.
 */

import { OPEN_CHAT_EVENT, isDisplayableImageUrl, readOpenChatDetail } from "../protocol/contract";
import { DEFAULT_OPTIONS, type WidgetOptions } from "../protocol/generated";
import { installWidgetStyles } from "./styles";

export type ChatRole = "customer" | "agent";
export type WidgetState = "open" | "closed";
/** Who changed the state: a person (launcher, close, Escape) or an `openChatEvent`. */
export type StateCause = "person" | "event";

/** The options the preview widget reads ("inline" layout: the panel always shows, without a launcher). */
const PREVIEW_KEYS = ["title", "subtitle", "greeting", "avatarUrl", "layout", "corner"] as const;
export type PreviewOptions = Pick<WidgetOptions, (typeof PREVIEW_KEYS)[number]>;

export const DEFAULT_PREVIEW_OPTIONS: PreviewOptions = DEFAULT_OPTIONS;

export interface PreviewCallbacks {
  /** The panel opened or closed. */
  onStateChange?: (state: WidgetState, cause: StateCause) => void;
  /** A person typed and sent a message in the panel. */
  onCustomerMessage?: (content: string) => void;
  /** A message joined the conversation (from an `openChatEvent` or typed); not the greeting or restored ones. */
  onMessage?: (role: ChatRole, content: string, imageUrl?: string) => void;
}

/** A message shown again from an earlier view of the conversation (see conversationStore.ts). */
export interface RestoredMessage {
  role: ChatRole;
  content: string;
  imageUrl?: string;
  imageDropped?: boolean;
}

const CHAT_ICON =
  '<svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false"><path fill="currentColor" d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H8l-4 4V6a2 2 0 0 1 2-2z"/></svg>';

function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className: string,
  attributes: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  node.className = className;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

export class PreviewWidget {
  readonly root: HTMLDivElement;
  private readonly panel: HTMLElement;
  private readonly launcher: HTMLButtonElement;
  private readonly log: HTMLOListElement;
  private readonly input: HTMLInputElement;
  private readonly titleText: HTMLElement;
  private readonly subtitleText: HTMLElement;
  private readonly avatar: HTMLElement;
  private greetingBubble: HTMLLIElement | null = null;
  private options: PreviewOptions = DEFAULT_PREVIEW_OPTIONS;
  private state: WidgetState = "closed";
  private configured = false;
  private readonly onOpenChat = (event: Event) => this.handleOpenChat(event);

  constructor(
    private readonly doc: Document,
    options: PreviewOptions = DEFAULT_PREVIEW_OPTIONS,
    private readonly callbacks: PreviewCallbacks = {},
  ) {
    installWidgetStyles(doc, { frame: true });
    this.root = element(doc, "div", "oc-root", { "data-state": "closed" });
    this.panel = element(doc, "section", "oc-panel", { role: "dialog", "aria-label": "Chat" });
    this.panel.hidden = true;

    const header = element(doc, "header", "oc-header");
    const avatar = element(doc, "div", "oc-avatar", { "aria-hidden": "true" });
    this.avatar = avatar;
    const heading = element(doc, "div", "oc-heading");
    this.titleText = element(doc, "div", "oc-title");
    this.subtitleText = element(doc, "div", "oc-subtitle");
    heading.append(this.titleText, this.subtitleText);
    const close = element(doc, "button", "oc-close", { type: "button", "aria-label": "Close chat" });
    close.textContent = "×";
    close.addEventListener("click", () => {
      this.close("person");
      this.launcher.focus(); // the close button is gone: focus must not fall to the body
    });
    header.append(avatar, heading, close);

    // One polite live region (role "log") around a real list: each bubble added to the list
    // is announced once, and the list keeps its list semantics.
    const log = element(doc, "div", "oc-log", { role: "log", "aria-live": "polite", "aria-label": "Conversation" });
    this.log = element(doc, "ol", "oc-messages");
    log.appendChild(this.log);

    const form = element(doc, "form", "oc-composer");
    this.input = element(doc, "input", "oc-input", {
      type: "text",
      "aria-label": "Message",
      placeholder: "Write a message…",
      autocomplete: "off",
    });
    const send = element(doc, "button", "oc-send", { type: "submit", "aria-label": "Send message" });
    send.textContent = "Send";
    form.append(this.input, send);
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.sendTyped();
    });

    this.panel.append(header, log, form);
    this.launcher = element(doc, "button", "oc-launcher", {
      type: "button",
      "aria-label": "Open chat",
      "aria-expanded": "false",
    });
    this.launcher.innerHTML = CHAT_ICON; // a constant icon, never user text
    this.launcher.addEventListener("click", () =>
      this.state === "open" ? this.close("person") : this.open({ focusInput: true, cause: "person" }),
    );
    this.root.append(this.panel, this.launcher);
    this.root.addEventListener("keydown", (event) => {
      if (event.key === "Escape" && this.state === "open" && this.options.layout === "floating") {
        event.preventDefault();
        this.close("person");
        this.launcher.focus();
      }
    });

    this.configure(options);
    doc.addEventListener(OPEN_CHAT_EVENT, this.onOpenChat);
  }

  /**
   * Apply branding and layout; safe to call on every render. Options that did not change
   * touch nothing: a rerun must not churn the DOM while a message is on its way to paint.
   */
  configure(options: PreviewOptions): void {
    const unchanged = this.configured && PREVIEW_KEYS.every((key) => this.options[key] === options[key]);
    this.options = options;
    if (unchanged) return;
    this.configured = true;
    this.titleText.textContent = options.title;
    this.subtitleText.textContent = options.subtitle;
    this.avatar.replaceChildren();
    if (options.avatarUrl !== undefined && isDisplayableImageUrl(options.avatarUrl)) {
      const image = element(this.doc, "img", "oc-avatar-image", { alt: "" });
      image.src = options.avatarUrl;
      this.avatar.appendChild(image);
    } else {
      this.avatar.textContent = options.title.trim().charAt(0).toUpperCase() || "O";
    }
    if (options.greeting && this.greetingBubble === null) {
      this.greetingBubble = this.addMessage("agent", options.greeting);
    } else if (this.greetingBubble !== null) {
      this.greetingBubble.hidden = !options.greeting;
      const text = this.greetingBubble.querySelector(".oc-msg-text");
      if (text) text.textContent = options.greeting;
    }
    this.root.dataset.layout = options.layout;
    this.root.dataset.corner = options.corner;
    if (options.layout === "inline") this.open();
  }

  get isOpen(): boolean {
    return this.state === "open";
  }

  mount(parent: HTMLElement): void {
    parent.appendChild(this.root);
  }

  open({ focusInput = false, cause = "event" }: { focusInput?: boolean; cause?: StateCause } = {}): void {
    if (this.state !== "open") {
      this.state = "open";
      this.panel.hidden = false;
      this.root.dataset.state = "open";
      this.launcher.setAttribute("aria-expanded", "true");
      this.launcher.setAttribute("aria-label", "Minimize chat");
      this.callbacks.onStateChange?.("open", cause);
    }
    if (focusInput) this.input.focus({ preventScroll: true });
  }

  close(cause: StateCause = "event"): void {
    if (this.state === "closed" || this.options.layout === "inline") return;
    this.state = "closed";
    this.panel.hidden = true;
    this.root.dataset.state = "closed";
    this.launcher.setAttribute("aria-expanded", "false");
    this.launcher.setAttribute("aria-label", "Open chat");
    this.callbacks.onStateChange?.("closed", cause);
  }

  /** Append a bubble; `content` is text, the image only loads from a displayable URL. */
  addMessage(role: ChatRole, content: string, imageUrl?: string): HTMLLIElement {
    const item = element(this.doc, "li", `oc-msg oc-msg--${role}`, { "data-role": role });
    const text = element(this.doc, "p", "oc-msg-text");
    text.textContent = content;
    item.appendChild(text);
    if (imageUrl !== undefined) {
      if (isDisplayableImageUrl(imageUrl)) {
        const image = element(this.doc, "img", "oc-msg-image", { alt: "Image sent with the message" });
        image.src = imageUrl;
        item.appendChild(image);
      } else {
        const note = element(this.doc, "p", "oc-msg-note");
        note.textContent = "(image not shown: unsupported address)";
        item.appendChild(note);
      }
    }
    // No scrollIntoView (it forces a layout of this document and of the page around the
    // iframe, and scrolls that page): the log is a column-reverse scroller anchored at its
    // end, so the newest bubble shows without script.
    this.log.appendChild(item);
    return item;
  }

  /** An agent message from Python's `reply()` (the live widget has no such event): a new message. */
  addReply(content: string): void {
    this.join("agent", content);
  }

  /**
   * Show messages an earlier view of this widget showed, after the greeting: bubbles only,
   * as text, with no event dispatched or reported and the panel left as it is.
   */
  restore(messages: readonly RestoredMessage[]): void {
    for (const message of messages) {
      const item = this.addMessage(message.role, message.content, message.imageUrl);
      if (message.imageDropped && message.imageUrl === undefined) {
        const note = element(this.doc, "p", "oc-msg-note");
        note.textContent = "(image not kept)";
        item.appendChild(note);
      }
    }
  }

  destroy(): void {
    this.doc.removeEventListener(OPEN_CHAT_EVENT, this.onOpenChat);
    this.root.remove();
  }

  private handleOpenChat(event: Event): void {
    const detail = readOpenChatDetail((event as CustomEvent<unknown>).detail);
    if (detail === null) return;
    this.open();
    if (detail.message) this.join("customer", detail.message.content, detail.message.imageUrl);
  }

  /** A new message joins the conversation: its bubble, then `onMessage` (never for restored or mirrored ones). */
  private join(role: ChatRole, content: string, imageUrl?: string): void {
    this.addMessage(role, content, imageUrl);
    this.callbacks.onMessage?.(role, content, imageUrl);
  }

  private sendTyped(): void {
    const content = this.input.value;
    if (!content.trim()) return;
    this.input.value = "";
    this.join("customer", content);
    this.input.focus({ preventScroll: true }); // sent with the Send button: ready for the next one
    this.callbacks.onCustomerMessage?.(content);
  }
}
