/**
 * Octocom's "Control Widget With Code" contract: the page opens the widget with
 * `document.dispatchEvent(new CustomEvent("openChatEvent", { detail }))`.
 */

export const OPEN_CHAT_EVENT = "openChatEvent";
export const OPEN_OCTOCOM = "OPEN_OCTOCOM";

export interface ChatMessageDetail {
  content: string;
  imageUrl?: string;
}

export interface OpenChatDetail {
  type: typeof OPEN_OCTOCOM;
  message?: ChatMessageDetail;
}

function isRecord(value: unknown): value is Record<string, unknown> {
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

/** Image sources the preview widget will load: http(s) and raster `data:image/...;base64,`. */
export function isDisplayableImageUrl(url: string): boolean {
  if (/^data:image\/(png|jpeg|gif|webp|avif|bmp);base64,/i.test(url)) return true;
  try {
    const parsed = new URL(url);
    return (parsed.protocol === "http:" || parsed.protocol === "https:") && parsed.hostname !== "";
  } catch {
    return false;
  }
}
