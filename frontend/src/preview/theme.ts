/** The preview widget follows the host's theme (Streamlit's, or a notebook's) and the accent option. */

export interface HostTheme {
  base?: string;
  primaryColor?: string;
  backgroundColor?: string;
  secondaryBackgroundColor?: string;
  textColor?: string;
  font?: string;
}

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;

/** Relative luminance of a #rgb/#rrggbb colour, or null for anything else. */
export function luminance(color: string): number | null {
  if (!HEX.test(color)) return null;
  let hex = color.slice(1);
  if (hex.length === 3) hex = [...hex].map((c) => c + c).join("");
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/** Black or white, whichever reads better on `background`. */
export function readableOn(background: string): string {
  const l = luminance(background);
  return l !== null && l > 0.45 ? "#111111" : "#ffffff";
}

export function applyTheme(root: HTMLElement, theme: HostTheme | undefined, accentColor: string | null): void {
  const set = (name: string, value: string | undefined) => {
    if (value) root.style.setProperty(name, value);
  };
  set("--oc-bg", theme?.backgroundColor);
  set("--oc-text", theme?.textColor);
  set("--oc-bubble-agent", theme?.secondaryBackgroundColor);
  if (theme?.font) set("--oc-font", `${theme.font}, system-ui, sans-serif`);
  const accent = accentColor ?? theme?.primaryColor;
  if (accent) {
    set("--oc-accent", accent);
    set("--oc-accent-text", readableOn(accent));
  }
  root.dataset.themeBase = theme?.base === "dark" ? "dark" : "light";
}
