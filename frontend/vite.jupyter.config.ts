/**
 * Builds the anywidget ESM for Jupyter: `src/jupyter/index.ts` (which reuses the same
 * ChatHost, Sequencer, dispatcher and preview widget as the Streamlit component) into
 * one self-contained ES module, `octocom_streamlit/_frontend/jupyter/widget.js`.
 * `npm run build` runs it after the Streamlit build.
 */
import { defineConfig } from "vite";

export default defineConfig({
  build: {
    outDir: "../octocom_streamlit/_frontend/jupyter",
    emptyOutDir: true,
    target: "es2020",
    // Library builds keep whitespace by default; this file is only ever loaded whole.
    minify: true,
    rolldownOptions: { output: { minify: true } },
    lib: {
      entry: "src/jupyter/index.ts",
      formats: ["es"],
      fileName: () => "widget.js",
    },
  },
});
