import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

export default defineConfig({
  plugins: [react()],
  // Preact's React-compatible layer runs the window (smaller and quicker to start on WebKitGTK's
  // non-optimising JavaScript tiers than React's own runtime; see README › Benchmarks). The
  // code is written against React's API and types; only the runtime is swapped here.
  resolve: {
    alias: [
      { find: /^react$/, replacement: "preact/compat" },
      { find: /^react-dom$/, replacement: "preact/compat" },
      { find: /^react-dom\/client$/, replacement: "preact/compat/client" },
      { find: /^react\/jsx-runtime$/, replacement: "preact/compat/jsx-runtime" },
      { find: /^react\/jsx-dev-runtime$/, replacement: "preact/compat/jsx-dev-runtime" },
    ],
  },
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
