import react from "@vitejs/plugin-react-swc";
import { defineConfig } from "vite";

export default defineConfig({ base: "./", plugins: [react()], build: { outDir: "build" } });
