/**
 * Octocom's "Control Widget With Code" contract: the page opens the widget with
 * `document.dispatchEvent(new CustomEvent("openChatEvent", { detail }))`.
 * The shapes and names come from the Python protocol (generated.ts).
 */

import { DATA_URL_IMAGE_TYPES, OPEN_CHAT_EVENT, OPEN_OCTOCOM, type OpenChatEvent } from "./generated";

export { OPEN_CHAT_EVENT, OPEN_OCTOCOM };
/** The event's `detail` (with its `message`), as the page dispatches it. */
export type OpenChatDetail = OpenChatEvent;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/**
 * Read an event detail the way the widget does: `null` unless `type` is
 * "OPEN_OCTOCOM"; a `message` without string `content` is dropped (the widget
 * still opens); only the contract's keys are kept.
 */
export function readOpenChatDetail(value: unknown): OpenChatDetail | null {
  if (!isRecord(value) || value.type !== OPEN_OCTOCOM) return null;
  const detail: OpenChatDetail = { type: OPEN_OCTOCOM };
  const message = value.message;
  if (isRecord(message) && typeof message.content === "string") {
    detail.message = { content: message.content };
    if (typeof message.imageUrl === "string") detail.message.imageUrl = message.imageUrl;
  }
  return detail;
}

const DISPLAYABLE_DATA_URL = new RegExp(
  `^data:(${DATA_URL_IMAGE_TYPES.map((type) => type.replace(/[.+]/g, "\\$&")).join("|")});base64,`,
  "i",
);

/** Image sources the preview widget will load: http(s) and the raster `data:` types Python accepts. */
export function isDisplayableImageUrl(url: string): boolean {
  if (DISPLAYABLE_DATA_URL.test(url)) return true;
  try {
    const parsed = new URL(url);
    return (parsed.protocol === "http:" || parsed.protocol === "https:") && parsed.hostname !== "";
  } catch {
    return false;
  }
}
