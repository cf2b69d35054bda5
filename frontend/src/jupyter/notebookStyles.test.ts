import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { CONTAINER_CLASS, NOTEBOOK_RULES, PREVIEW_STYLES_ID, installNotebookStyles, notebookCss } from "./notebookStyles";

// Read from disk: Vitest does not process CSS imports (they come back empty).
const previewCss = readFileSync(resolve(process.cwd(), "src/preview/previewWidget.css"), "utf8");

describe("notebookCss", () => {
  it("turns the preview widget's real stylesheet into one that leaves the notebook page alone", () => {
    const css = notebookCss(previewCss);
    expect(previewCss).toContain(".oc-loader-status"); // the loader's status box is styled in a notebook too
    expect(css).not.toMatch(/(^|[},\s])(html|body)\s*[,{]/);
    expect(css).not.toContain(":root");
    expect(css).toMatch(new RegExp(`^\\.${CONTAINER_CLASS}\\{[^}]*--oc-accent:`, "m"));
    expect(css).toContain(".oc-launcher{");
    expect(css).toContain(".oc-loader-retry{");
  });

  it("drops rules for html and body and scopes :root to the container", () => {
    const css = `/* c */ :root { --oc-accent: red; }
html,
body { margin: 0; overflow: hidden; }
.oc-root { color: var(--oc-accent); }
:root[data-theme-base="dark"] .oc-panel, body .x { color: white; }`;
    expect(notebookCss(css, ".scope")).toBe(
      [
        ".scope{--oc-accent: red;}",
        ".oc-root{color: var(--oc-accent);}",
        '.scope[data-theme-base="dark"] .oc-panel{color: white;}',
      ].join("\n"),
    );
  });

  it("rewrites inside @media and keeps other at-rules", () => {
    const css = `@media (prefers-color-scheme: dark) { :root { --oc-bg: #000; } body { color: red; } }
@keyframes oc-in { from { opacity: 0; } to { opacity: 1; } }`;
    expect(notebookCss(css, ".s")).toBe(
      "@media (prefers-color-scheme: dark){.s{--oc-bg: #000;}}\n@keyframes oc-in{ from { opacity: 0; } to { opacity: 1; } }",
    );
  });

  it("reads minified CSS the same way", () => {
    expect(notebookCss(":root{--a:1}html,body{margin:0}.oc-root{gap:1px}", ".s")).toBe(".s{--a:1}\n.oc-root{gap:1px}");
  });

  it("fits a floating panel to its conversation in a notebook output (no fixed-height blank)", () => {
    installNotebookStyles(document);
    const sheet = document.getElementById(PREVIEW_STYLES_ID)?.textContent ?? "";
    expect(sheet.endsWith(NOTEBOOK_RULES)).toBe(true);
    expect(NOTEBOOK_RULES).toContain('[data-layout="floating"] .oc-panel{height:auto;max-height:var(--oc-panel-height)}');
    document.getElementById(PREVIEW_STYLES_ID)?.remove();
  });
});
