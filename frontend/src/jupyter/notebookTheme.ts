/**
 * The notebook's theme, read from the CSS variables the notebook front end defines,
 * in the shape Streamlit sends (`HostTheme`), so the preview widget follows a
 * notebook's light or dark theme as it follows Streamlit's.
 *
 * JupyterLab and Notebook 7 define `--jp-*` variables and mark dark themes with
 * `data-jp-theme-light="false"` on `<body>`; VS Code defines `--vscode-*` variables
 * and a `vscode-dark` / `vscode-high-contrast` class on `<body>`. Anywhere else
 * (marimo, plain HTML export) no variable is found and the widget keeps its own colours.
 */

import type { HostTheme } from "../preview/theme";

interface Source {
  backgroundColor: string;
  secondaryBackgroundColor: string;
  textColor: string;
  primaryColor: string;
  font: string;
}

const JUPYTER: Source = {
  backgroundColor: "--jp-layout-color0",
  secondaryBackgroundColor: "--jp-layout-color2",
  textColor: "--jp-ui-font-color0",
  primaryColor: "--jp-brand-color1",
  font: "--jp-ui-font-family",
};

const VSCODE: Source = {
  backgroundColor: "--vscode-editor-background",
  secondaryBackgroundColor: "--vscode-editorWidget-background",
  textColor: "--vscode-editor-foreground",
  primaryColor: "--vscode-button-background",
  font: "--vscode-font-family",
};

function isDark(body: HTMLElement, source: Source): boolean {
  if (source === JUPYTER) return body.dataset.jpThemeLight === "false";
  return body.classList.contains("vscode-dark") || body.classList.contains("vscode-high-contrast");
}

/** The theme of the notebook that `doc` shows, or undefined outside JupyterLab, Notebook 7 and VS Code. */
export function notebookTheme(doc: Document): HostTheme | undefined {
  const view = doc.defaultView;
  if (view === null) return undefined;
  const computed = view.getComputedStyle(doc.body);
  const read = (name: string) => computed.getPropertyValue(name).trim();
  const source = [JUPYTER, VSCODE].find((s) => read(s.backgroundColor) !== "");
  if (source === undefined) return undefined;
  const theme: HostTheme = { base: isDark(doc.body, source) ? "dark" : "light" };
  for (const key of ["backgroundColor", "secondaryBackgroundColor", "textColor", "primaryColor"] as const) {
    const value = read(source[key]);
    if (value) theme[key] = value;
  }
  // The font variable is already a font stack; keep only its first family for `--oc-font`.
  const font = read(source.font).split(",")[0]?.trim();
  if (font) theme.font = font;
  return theme;
}
