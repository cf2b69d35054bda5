import { describe, expect, it } from "vitest";
import { accentPair, applyTheme, contrastRatio, parseColor, relativeLuminance, type Rgb } from "./theme";

describe("WCAG contrast", () => {
  it("parses hex and rgb() colours", () => {
    expect(parseColor("#35d")).toEqual([0x33, 0x55, 0xdd]);
    expect(parseColor("#3B5BDB")).toEqual([0x3b, 0x5b, 0xdb]);
    expect(parseColor("#3b5bdb80")).toEqual([0x3b, 0x5b, 0xdb]);
    expect(parseColor("rgb(15, 118, 110)")).toEqual([15, 118, 110]);
    expect(parseColor("rgba(15 118 110 / 0.5)")).toEqual([15, 118, 110]);
    expect(parseColor("tomato")).toBeNull();
    expect(parseColor("#12")).toBeNull();
  });

  it("matches WCAG's reference values", () => {
    expect(relativeLuminance([255, 255, 255])).toBeCloseTo(1, 6);
    expect(relativeLuminance([0, 0, 0])).toBe(0);
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 6);
    expect(contrastRatio([255, 255, 255], [255, 255, 255])).toBe(1);
    // #767676 on white is the classic "just passes AA" grey: 4.54:1.
    expect(contrastRatio([0x76, 0x76, 0x76], [255, 255, 255])).toBeCloseTo(4.54, 2);
    // Order does not matter.
    expect(contrastRatio([255, 255, 255], [0x3b, 0x5b, 0xdb])).toBeCloseTo(contrastRatio([0x3b, 0x5b, 0xdb], [255, 255, 255]), 9);
  });
});

describe("accentPair", () => {
  const ratio = (pair: { background: string; foreground: string }) =>
    contrastRatio(parseColor(pair.background) as Rgb, parseColor(pair.foreground) as Rgb);

  it("keeps a brand colour that already reads well and picks its text colour", () => {
    expect(accentPair("#0b1f3a")).toMatchObject({ background: "#0b1f3a", foreground: "#ffffff" });
    expect(accentPair("#ffeb3b")).toMatchObject({ background: "#ffeb3b", foreground: "#111111" });
    expect(accentPair("#888888")).toMatchObject({ background: "#888888", foreground: "#111111" });
  });

  it("shades the accent where neither white nor near-black reaches 4.5:1", () => {
    // #7a7a7a: 4.29:1 under white, 4.40:1 under #111111.
    expect(contrastRatio([0x7a, 0x7a, 0x7a], [255, 255, 255])).toBeLessThan(4.5);
    expect(contrastRatio([0x7a, 0x7a, 0x7a], [17, 17, 17])).toBeLessThan(4.5);
    const pair = accentPair("#7a7a7a")!;
    expect(pair.background).not.toBe("#7a7a7a");
    expect(ratio(pair)).toBeGreaterThanOrEqual(4.5);
  });

  it("reaches 4.5:1 for every colour of a grid over the RGB cube", () => {
    for (let r = 0; r <= 255; r += 17)
      for (let g = 0; g <= 255; g += 17)
        for (let b = 0; b <= 255; b += 17) {
          const hex = `#${[r, g, b].map((c) => c.toString(16).padStart(2, "0")).join("")}`;
          const pair = accentPair(hex)!;
          expect(ratio(pair), hex).toBeGreaterThanOrEqual(4.5);
          expect(pair.contrast).toBeCloseTo(ratio(pair), 9);
        }
  });

  it("is null for what is not a colour", () => {
    expect(accentPair("not-a-colour")).toBeNull();
  });
});

describe("applyTheme", () => {
  it("sets the accent pair on the style root, shaded when needed", () => {
    const root = document.createElement("div");
    applyTheme(root, { base: "dark", primaryColor: "#ff4b4b" }, "#7a7a7a");
    const background = parseColor(root.style.getPropertyValue("--oc-accent"))!;
    const text = parseColor(root.style.getPropertyValue("--oc-accent-text"))!;
    expect(contrastRatio(background, text)).toBeGreaterThanOrEqual(4.5);
    expect(root.dataset.themeBase).toBe("dark");
  });

  it("falls back to the theme's primary colour", () => {
    const root = document.createElement("div");
    applyTheme(root, { primaryColor: "#0b1f3a" }, undefined);
    expect(root.style.getPropertyValue("--oc-accent")).toBe("#0b1f3a");
    expect(root.style.getPropertyValue("--oc-accent-text")).toBe("#ffffff");
  });
});
