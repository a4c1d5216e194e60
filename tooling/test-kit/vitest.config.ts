import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // A real PostgreSQL: DB_HOST's server, or a throwaway embedded one.
    globalSetup: ["@hybrid/platform/test-database"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
