import { afterEach, describe, expect, it } from "vitest";
import { pruneLibraryThemeStyles } from "./themeStyles";

function libraryStyle(color: string): HTMLStyleElement {
  const style = document.createElement("style");
  style.innerHTML = `\n    :root {\n      --primary-color: ${color};\n      --background-color: #fff;\n    }\n  `;
  document.head.appendChild(style);
  return style;
}

describe("pruneLibraryThemeStyles", () => {
  afterEach(() => {
    document.head.innerHTML = "";
  });

  it("keeps only the newest theme style and leaves others alone", () => {
    const own = document.createElement("style");
    own.id = "octocom-preview-styles";
    own.textContent = ".oc-root { --primary-color: x; --background-color: y; }";
    document.head.appendChild(own);
    for (const color of ["#111", "#222", "#333"]) libraryStyle(color);
    expect(pruneLibraryThemeStyles(document)).toBe(2);
    const left = [...document.head.querySelectorAll("style")];
    expect(left).toHaveLength(2);
    expect(left[0]).toBe(own);
    expect(left[1]?.textContent).toContain("#333");
  });

  it("keeps the sheet already applied when a render re-sends the same theme", () => {
    const applied = libraryStyle("#0f766e");
    libraryStyle("#0f766e");
    expect(pruneLibraryThemeStyles(document)).toBe(1);
    const left = [...document.head.querySelectorAll("style")];
    expect(left).toEqual([applied]);
  });

  it("takes the new sheet when the theme changed", () => {
    libraryStyle("#0f766e");
    const changed = libraryStyle("#1d4ed8");
    expect(pruneLibraryThemeStyles(document)).toBe(1);
    expect([...document.head.querySelectorAll("style")]).toEqual([changed]);
  });
});
