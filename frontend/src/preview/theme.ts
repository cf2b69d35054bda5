/** The preview widget follows the host's theme (Streamlit's, or a notebook's) and the accent option. */

export interface HostTheme {
  base?: string;
  primaryColor?: string;
  backgroundColor?: string;
  secondaryBackgroundColor?: string;
  textColor?: string;
  font?: string;
}

export type Rgb = readonly [number, number, number];

/** WCAG's minimum contrast for normal text (1.4.3, AA). */
export const MIN_TEXT_CONTRAST = 4.5;
const WHITE: Rgb = [255, 255, 255];
const NEAR_BLACK: Rgb = [17, 17, 17];

/** `#rgb`, `#rrggbb` (alpha forms too) or `rgb()/rgba()` as 0-255 channels; null for anything else. */
export function parseColor(color: string): Rgb | null {
  const text = color.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(text)?.[1];
  if (hex !== undefined) {
    const full = hex.length <= 4 ? [...hex].map((c) => c + c).join("") : hex;
    return [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16)) as unknown as Rgb;
  }
  const fn = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(text);
  if (fn === null) return null;
  const channels = fn.slice(1, 4).map((c) => Math.min(255, Math.round(Number(c))));
  return channels.some(Number.isNaN) ? null : (channels as unknown as Rgb);
}

export function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, "0")).join("")}`;
}

/** WCAG 2 relative luminance of an sRGB colour. */
export function relativeLuminance(rgb: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);
}

/** WCAG contrast ratio of two colours, 1 to 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

function mix(from: Rgb, to: Rgb, amount: number): Rgb {
  return from.map((c, i) => Math.round(c + ((to[i] as number) - c) * amount)) as unknown as Rgb;
}

export interface AccentPair {
  /** The accent surface as painted (the brand colour, or a shade of it). */
  background: string;
  /** Text and icons on it. */
  foreground: string;
  contrast: number;
}

/**
 * The brand colour and the text colour on it, reaching `minimum` contrast: white or
 * near-black, whichever reads better; where neither reaches it, the accent is shaded
 * (darkened under white, lightened under black) by the smallest step that does.
 */
export function accentPair(accent: string, minimum = MIN_TEXT_CONTRAST): AccentPair | null {
  const base = parseColor(accent);
  if (base === null) return null;
  const candidates = [WHITE, NEAR_BLACK].map((fg) => ({ fg, ratio: contrastRatio(base, fg) }));
  const best = candidates[0]!.ratio >= candidates[1]!.ratio ? candidates[0]! : candidates[1]!;
  let background = base;
  let ratio = best.ratio;
  // Step towards the opposite of the text colour (black under white text, white under dark text).
  const target: Rgb = best.fg === WHITE ? [0, 0, 0] : WHITE;
  for (let step = 1; ratio < minimum && step <= 100; step += 1) {
    background = mix(base, target, step / 100);
    ratio = contrastRatio(background, best.fg);
  }
  return { background: toHex(background), foreground: toHex(best.fg), contrast: ratio };
}

/** A CSS colour of any syntax (a name, hsl(), …) as the browser paints it, via a probe element. */
function resolveColor(root: HTMLElement, color: string): Rgb | null {
  const direct = parseColor(color);
  if (direct !== null) return direct;
  const probe = root.ownerDocument.createElement("span");
  probe.style.color = color;
  if (!probe.style.color) return null;
  root.appendChild(probe);
  const painted = root.ownerDocument.defaultView?.getComputedStyle(probe).color ?? "";
  probe.remove();
  return parseColor(painted);
}

const lastPair = new WeakMap<HTMLElement, { accent: string; pair: AccentPair | null }>();

function pairFor(root: HTMLElement, accent: string): AccentPair | null {
  const last = lastPair.get(root);
  if (last?.accent === accent) return last.pair;
  const rgb = resolveColor(root, accent);
  const pair = rgb === null ? null : accentPair(toHex(rgb));
  lastPair.set(root, { accent, pair });
  return pair;
}

export function applyTheme(root: HTMLElement, theme: HostTheme | undefined, accentColor: string | undefined): void {
  // Only what changed: a rerun re-sends the same theme, and rewriting it would restyle the document.
  const set = (name: string, value: string | undefined) => {
    if (value && root.style.getPropertyValue(name) !== value) root.style.setProperty(name, value);
  };
  set("--oc-bg", theme?.backgroundColor);
  set("--oc-text", theme?.textColor);
  set("--oc-bubble-agent", theme?.secondaryBackgroundColor);
  if (theme?.font) set("--oc-font", `${theme.font}, system-ui, sans-serif`);
  const accent = accentColor ?? theme?.primaryColor;
  const pair = accent ? pairFor(root, accent) : null;
  // An accent that is not a colour keeps the stylesheet's default pair.
  if (pair !== null) {
    set("--oc-accent", pair.background);
    set("--oc-accent-text", pair.foreground);
  }
  const base = theme?.base === "dark" ? "dark" : "light";
  if (root.dataset.themeBase !== base) root.dataset.themeBase = base;
}
