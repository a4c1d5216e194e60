// @ts-check
// The content editor: Keystatic (local mode) in an Astro app, on one machine, offline.
// Not the @keystatic/astro integration: its API route serves the app's own folder, while this one
// serves the shared content folder (src/pages/api/keystatic, src/pages/keystatic).
import node from "@astrojs/node";
import react from "@astrojs/react";
import { defineConfig } from "astro/config";

export const EDITOR_PORT = Number(process.env.CONTENT_EDITOR_PORT || 4330);

export default defineConfig({
  output: "server",
  adapter: node({ mode: "standalone" }),
  integrations: [react()],
  // Local only: the editor writes files, so it listens on the loopback interface.
  server: { host: "127.0.0.1", port: EDITOR_PORT },
  devToolbar: { enabled: false },
  // Keystatic's API is called by its own UI with a `no-cors` header; forms are not used.
  security: { checkOrigin: false },
  vite: {
    optimizeDeps: { entries: ["keystatic.config.ts", "src/**/*.{ts,astro}"] },
  },
});
