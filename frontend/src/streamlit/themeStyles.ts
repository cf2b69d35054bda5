/**
 * streamlit-component-lib 2.0.0 appends a new theme `<style>` (`:root { --primary-color: … }`)
 * to the iframe's head on every render message and never removes the old ones, so a
 * long session grows the iframe by one element per rerun. Keep one: the sheet already
 * applied when the theme is unchanged (every rerun that changes the args re-sends the
 * same theme; swapping in an equal new sheet would still restyle the whole document,
 * every bubble included, in the frame that paints the next message), else the newest.
 */

export function isLibraryThemeStyle(element: Element): boolean {
  return element.tagName === "STYLE" && !element.id && /--primary-color:[\s\S]*--background-color:/.test(element.textContent ?? "");
}

export function pruneLibraryThemeStyles(doc: Document): number {
  const styles = [...doc.head.querySelectorAll("style")].filter(isLibraryThemeStyle);
  const newest = styles.at(-1);
  if (newest === undefined) return 0;
  const keep = styles.find((style) => style.textContent === newest.textContent) ?? newest;
  const removed = styles.filter((style) => style !== keep);
  removed.forEach((style) => style.remove());
  return removed.length;
}
