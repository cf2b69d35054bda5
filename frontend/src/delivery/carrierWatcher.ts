/**
 * Watches the Streamlit page for carrier elements written by `open_chat` and hands
 * each payload on. The component iframe is same-origin with the page, so it can
 * observe the page's DOM; mutation records keep removed nodes, so a carrier that a
 * rerun replaces a moment later is still seen.
 */

import { COMMAND_ATTRIBUTE, readCarrier, type CarrierPayload } from "../protocol/envelope";

export type CarrierHandler = (payload: CarrierPayload) => void;

function carriersIn(node: Node): Element[] {
  if (node.nodeType !== Node.ELEMENT_NODE) return [];
  const element = node as Element;
  const found = element.hasAttribute(COMMAND_ATTRIBUTE) ? [element] : [];
  return found.concat([...element.querySelectorAll(`[${COMMAND_ATTRIBUTE}]`)]);
}

/** Start watching `root`; returns a function that stops. */
export function watchCarriers(root: Document, onCarrier: CarrierHandler): () => void {
  const handle = (element: Element) => {
    const payload = readCarrier(element.getAttribute(COMMAND_ATTRIBUTE));
    if (payload) onCarrier(payload);
  };
  root.querySelectorAll(`[${COMMAND_ATTRIBUTE}]`).forEach(handle);
  const View = root.defaultView ?? window;
  const observer = new View.MutationObserver((records) => {
    for (const record of records) {
      if (record.type === "attributes") {
        handle(record.target as Element);
      } else {
        record.addedNodes.forEach((node) => carriersIn(node).forEach(handle));
      }
    }
  });
  observer.observe(root.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: [COMMAND_ATTRIBUTE],
  });
  return () => observer.disconnect();
}

/** The Streamlit page's document, when the iframe may read it (same origin). */
export function hostDocument(win: Window): Document | null {
  try {
    if (win.parent === win) return null;
    return win.parent.document;
  } catch {
    return null;
  }
}
