/**
 * `chat_button` elements on the host page open the chat with no Python rerun: the
 * widget iframe (same-origin) listens for clicks on the page and dispatches the
 * button's event into its own document. Each widget handles only buttons that
 * name its key.
 */

import { readOpenChatDetail, type OpenChatDetail } from "../protocol/contract";
import { BUTTON_ATTRIBUTE, PROTOCOL_VERSION, type ButtonPayload } from "../protocol/generated";

export { BUTTON_ATTRIBUTE };

export function readButtonPayload(text: string | null): ButtonPayload | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Record<string, unknown>;
    const detail = readOpenChatDetail(value.detail);
    if (value.v !== PROTOCOL_VERSION || typeof value.key !== "string" || detail === null) return null;
    return { v: PROTOCOL_VERSION, key: value.key, detail };
  } catch {
    return null;
  }
}

/** Listen for chat-button clicks on `page`; returns a function that stops listening. */
export function watchChatButtons(page: Document, widgetKey: () => string, onClick: (detail: OpenChatDetail) => void): () => void {
  const listener = (event: Event) => {
    const target = event.target as Element | null;
    const button = target?.closest?.(`[${BUTTON_ATTRIBUTE}]`);
    if (!button || (button as HTMLButtonElement).disabled) return;
    const payload = readButtonPayload(button.getAttribute(BUTTON_ATTRIBUTE));
    if (payload && payload.key === widgetKey()) onClick(payload.detail);
  };
  page.addEventListener("click", listener);
  return () => page.removeEventListener("click", listener);
}
