/**
 * Keeps the preview widget's conversation for the tab's session, per widget key, so a
 * widget drawn again (a checkbox, a page that draws it conditionally, a reload of the
 * tab) shows what it showed before, as a live widget does across page loads of a visit.
 *
 * It lives in the tab's sessionStorage (the component iframe is same-origin with the
 * Streamlit page, so it is the page's). Restoring puts the bubbles back as text: it
 * dispatches nothing and reports nothing (delivery stays exactly once). What is kept is
 * bounded: the last `KEPT_MESSAGES` messages in at most `KEPT_CHARS` characters; an
 * image that does not fit is dropped from its message, oldest messages first.
 */

import { isRecord } from "../protocol/contract";

export type KeptRole = "customer" | "agent";

export interface KeptMessage {
  role: KeptRole;
  content: string;
  imageUrl?: string;
  /** The message had an image that did not fit the size cap. */
  imageDropped?: boolean;
}

/** At most this many messages are kept per widget key (the newest). */
export const KEPT_MESSAGES = 50;
/** At most this many characters (contents and image URLs) are kept per widget key. */
export const KEPT_CHARS = 1_000_000;

const PREFIX = "octocom-streamlit:conversation:";

function readMessage(value: unknown): KeptMessage | null {
  if (!isRecord(value) || (value.role !== "customer" && value.role !== "agent")) return null;
  if (typeof value.content !== "string") return null;
  const message: KeptMessage = { role: value.role, content: value.content };
  if (typeof value.imageUrl === "string") message.imageUrl = value.imageUrl;
  if (value.imageDropped === true) message.imageDropped = true;
  return message;
}

/** Untrusted JSON (anything a page could have written to sessionStorage) in, messages out. */
export function readKept(raw: string | null): KeptMessage[] {
  if (raw === null) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.map(readMessage).filter((m): m is KeptMessage => m !== null).slice(-KEPT_MESSAGES);
}

/** The newest messages that fit the caps; an image that does not fit is dropped first. */
export function bounded(messages: readonly KeptMessage[], maxChars = KEPT_CHARS): KeptMessage[] {
  const kept: KeptMessage[] = [];
  let budget = maxChars;
  for (const message of messages.slice(-KEPT_MESSAGES).reverse()) {
    if (message.content.length > budget) break;
    budget -= message.content.length;
    const entry: KeptMessage = { role: message.role, content: message.content };
    if (message.imageUrl !== undefined) {
      if (message.imageUrl.length <= budget) {
        entry.imageUrl = message.imageUrl;
        budget -= message.imageUrl.length;
      } else {
        entry.imageDropped = true;
      }
    }
    if (message.imageDropped) entry.imageDropped = true;
    kept.push(entry);
  }
  return kept.reverse();
}

export class ConversationStore {
  private messages: KeptMessage[] | null = null;

  constructor(
    private readonly storage: Storage | null,
    private readonly widgetKey: string,
  ) {}

  private get name(): string {
    return PREFIX + this.widgetKey;
  }

  /** What this tab kept for the widget key (empty when nothing, or storage is blocked). */
  load(): KeptMessage[] {
    if (this.messages === null) {
      let raw: string | null = null;
      try {
        raw = this.storage?.getItem(this.name) ?? null;
      } catch {
        raw = null;
      }
      this.messages = bounded(readKept(raw));
    }
    return [...this.messages];
  }

  /** Keep one more message (and drop the oldest beyond the caps). */
  add(message: KeptMessage): void {
    this.messages = bounded([...this.load(), message]);
    try {
      this.storage?.setItem(this.name, JSON.stringify(this.messages));
    } catch {
      // Storage full or blocked: the conversation is still shown, only not kept.
    }
  }
}

/** The tab's sessionStorage of `win`, or null where the browser refuses it. */
export function tabStorage(win: Window): Storage | null {
  try {
    return win.sessionStorage;
  } catch {
    return null;
  }
}
