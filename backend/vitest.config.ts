import { defineConfig } from "vitest/config"

// The backend's unit tests; its HTTP specs (integration-tests/) run in the root integration suite
// (vitest.integration.config.ts), which boots the backend once per test worker.
export default defineConfig({
  test: {
    globals: true,
    include: ["src/**/*.test.ts"],
  },
})
