/**
 * streamlit-component-lib 2.0.0 appends a new theme `<style>` (`:root { --primary-color: … }`)
 * to the iframe's head on every render message and never removes the old ones, so a
 * long session grows the iframe by one element per rerun. Keep only the newest.
 */

export function isLibraryThemeStyle(element: Element): boolean {
  return element.tagName === "STYLE" && !element.id && /--primary-color:[\s\S]*--background-color:/.test(element.textContent ?? "");
}

export function pruneLibraryThemeStyles(doc: Document): number {
  const styles = [...doc.head.querySelectorAll("style")].filter(isLibraryThemeStyle);
  styles.slice(0, -1).forEach((style) => style.remove());
  return Math.max(0, styles.length - 1);
}
