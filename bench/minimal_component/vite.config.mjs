// Built by bench/minimal_build.py with the project's own frontend/node_modules (no network):
// streamlit-component-lib resolves from there, as the template's would from its own.
import { fileURLToPath } from "node:url";

const modules = fileURLToPath(new URL("../../frontend/node_modules/", import.meta.url));

export default {
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  logLevel: "warn",
  resolve: { alias: { "streamlit-component-lib": `${modules}streamlit-component-lib` } },
  build: { emptyOutDir: true, target: "es2020" },
};
