/**
 * What a binding gives a ChatHost about where it runs, and the defaults for what it
 * leaves out. Streamlit's component runs in an iframe of its own and leaves most out;
 * a Jupyter view shares the notebook page with its siblings and names each part.
 */

import { hostDocument } from "./delivery/carrierWatcher";
import { browserSequenceStore, type SequenceStore } from "./delivery/sequenceStore";

export interface HostEnvironment {
  /** Where dispatches remember their sequence (default: the tab's sessionStorage). */
  store?: SequenceStore;
  /** Element the preview widget (or the loader's status box) mounts in (default: the document's body). */
  mount?: HTMLElement;
  /** The page to watch for `open_chat` carriers (default: the parent page, if same-origin). */
  page?: Document | null;
  /** Height of the visible viewport, to fit the open panel (default: unlimited). */
  viewportHeight?: () => number;
  /** Storage for delayed opens (default, and for null: the tab's sessionStorage). */
  storage?: Storage | null;
  /** Element that carries the widget's CSS variables and theme (default: the document element). */
  styleRoot?: HTMLElement;
  /**
   * Where the preview widget keeps its conversation per widget key, so that a widget drawn
   * again shows it (Streamlit: the tab's sessionStorage). Default: not kept (Jupyter's views
   * mirror each other instead).
   */
  conversationStorage?: Storage | null;
}

/** Every part of the environment, given or defaulted. */
export type Surroundings = Required<HostEnvironment>;

function sessionStorageOf(view: Window): Storage | null {
  try {
    return view.sessionStorage;
  } catch {
    return null;
  }
}

/** `env` with a default for each part it leaves out, for a host in `doc`. */
export function surroundings(doc: Document, env: HostEnvironment): Surroundings {
  const view = doc.defaultView ?? window;
  return {
    store: env.store ?? browserSequenceStore(view),
    mount: env.mount ?? doc.body,
    page: env.page !== undefined ? env.page : hostDocument(view),
    viewportHeight: env.viewportHeight ?? (() => Number.POSITIVE_INFINITY),
    storage: env.storage ?? sessionStorageOf(view),
    styleRoot: env.styleRoot ?? doc.documentElement,
    conversationStorage: env.conversationStorage ?? null,
  };
}
