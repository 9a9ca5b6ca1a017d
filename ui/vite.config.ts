import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

export default defineConfig({
  plugins: [react()],
  // Tauri serves the built files from its own protocol: relative asset paths, no dev server.
  base: "./",
  clearScreen: false,
  // The catalogs live at the repository root (i18n/<lang>/ui.ftl), shared with the engine.
  server: { fs: { allow: [".."] } },
  build: {
    outDir: "dist",
    target: "safari15",
    sourcemap: false,
  },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}"],
  },
});
