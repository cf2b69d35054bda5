/**
 * A view displayed after others of the same model starts with the conversation they
 * show: the page dispatched those events before this view existed, and dispatching
 * them again would break "exactly once". The bubbles are copied (cloned DOM: text
 * nodes and checked images, as the preview widget built them), after the greeting
 * both views already have, and the new view opens if its sibling is open.
 */

import type { PreviewWidget } from "../preview/previewWidget";
import type { Envelope } from "../protocol/envelope";

const LOG = ".oc-messages";

export function mirrorConversation(from: PreviewWidget, to: PreviewWidget): void {
  const source = from.root.querySelector(LOG);
  const target = to.root.querySelector(LOG);
  if (source === null || target === null) return;
  const skip = target.children.length; // the greeting, which both views were built with
  for (const bubble of [...source.children].slice(skip)) target.appendChild(bubble.cloneNode(true));
  if (from.isOpen) to.open();
}

/**
 * An agent reply is not a document event: the ChatHost that executed it added it to
 * its own preview widget only. Show it in the model's other views too.
 */
export function mirrorReply(envelope: Envelope | undefined, others: Iterable<PreviewWidget | null>): void {
  if (envelope?.kind !== "reply") return;
  for (const preview of others) preview?.addMessage("agent", envelope.reply.content);
}
