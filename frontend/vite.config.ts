import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const noArrow = fileURLToPath(new URL("./src/vendor/noArrow.ts", import.meta.url));

export default defineConfig({
  base: "./",
  resolve: { alias: { "apache-arrow": noArrow } },
  build: {
    outDir: "../octocom_streamlit/_frontend/component",
    emptyOutDir: true,
    target: "es2020",
  },
  server: { port: 5173, strictPort: true },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.ts"],
  },
});
