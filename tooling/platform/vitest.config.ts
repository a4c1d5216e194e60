import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // Each database test boots a real PostgreSQL; cold starts (initdb) take a few seconds.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
