import { OPEN_CHAT_EVENT, type OpenChatDetail } from "./protocol/contract";

/**
 * Dispatch the contract event on `doc`, exactly as a site does:
 * `document.dispatchEvent(new CustomEvent("openChatEvent", { detail }))`.
 * The detail is a fresh object holding only the contract's keys.
 */
export function dispatchOpenChat(doc: Document, detail: OpenChatDetail): void {
  const view = doc.defaultView;
  const EventCtor = view ? view.CustomEvent : CustomEvent;
  const fresh: OpenChatDetail = { type: detail.type };
  if (detail.message) {
    fresh.message = { content: detail.message.content };
    if (detail.message.imageUrl !== undefined) fresh.message.imageUrl = detail.message.imageUrl;
  }
  doc.dispatchEvent(new EventCtor(OPEN_CHAT_EVENT, { detail: fresh }));
}
