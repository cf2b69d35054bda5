/**
 * Loads the real Octocom embed scripts into the widget iframe's document, in order,
 * and tells apart the ways that fails: HTTP error or network error (the `error`
 * event), an exception while the script runs, and no answer within the timeout.
 */

import type { LoaderScript } from "../protocol/args";

export class LoaderError extends Error {}

const MARK = "data-octocom-loader";

function loadOne(doc: Document, script: LoaderScript, timeoutMs: number): Promise<void> {
  const view = doc.defaultView ?? window;
  const element = doc.createElement("script");
  element.setAttribute(MARK, "");
  for (const [name, value] of Object.entries(script.attributes)) element.setAttribute(name, value);
  if (script.code !== undefined) {
    return new Promise((resolve, reject) => {
      const onError = (event: ErrorEvent) => reject(new LoaderError(`the inline loader script threw: ${event.message}`));
      view.addEventListener("error", onError, { once: true });
      element.textContent = script.code ?? "";
      doc.head.appendChild(element);
      view.removeEventListener("error", onError);
      resolve();
    });
  }
  const src = script.src ?? "";
  return new Promise((resolve, reject) => {
    let thrown: string | null = null;
    const onError = (event: ErrorEvent) => {
      thrown = event.message || "Script error.";
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new LoaderError(`the loader script did not load within ${Math.round(timeoutMs / 1000)} s: ${src}`));
    }, timeoutMs);
    const cleanup = () => {
      clearTimeout(timer);
      view.removeEventListener("error", onError);
    };
    view.addEventListener("error", onError);
    element.addEventListener("load", () => {
      cleanup();
      if (thrown !== null) reject(new LoaderError(`the loader script failed while running: ${thrown}`));
      else resolve();
    });
    element.addEventListener("error", () => {
      cleanup();
      reject(new LoaderError(`the loader script could not be fetched (HTTP or network error): ${src}`));
    });
    element.src = src;
    doc.head.appendChild(element);
  });
}

/** Remove scripts a previous attempt added, then load every script in order. */
export async function loadScripts(doc: Document, scripts: readonly LoaderScript[], timeoutMs: number): Promise<void> {
  doc.querySelectorAll(`script[${MARK}]`).forEach((old) => old.remove());
  for (const script of scripts) await loadOne(doc, script, timeoutMs);
}
