import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "bin/**/*.test.ts"],
    // The bin test spawns Node and the backend test opens a local HTTP server.
    testTimeout: 20_000,
    // Files share one module graph (no test replaces a module): the schemas load once per worker.
    isolate: false,
  },
})
