import path from "node:path";
import { defineConfig } from "vitest/config";

// Passwords hashed at scrypt cost 10, as in the other suites (see vitest.integration.config.ts).
process.env.HC_PASSWORD_HASH_COST ??= "10";

/**
 * The suites of real backend processes: partial installs (backend/integration-tests/partial-install:
 * the built backend migrated and started with subsets of the plugins) and faults
 * (backend/integration-tests/faults: the database going away under a running backend), each on a
 * database it makes for itself on one PostgreSQL server (`inject("testServer")`). It needs no template database and no
 * app in the test process, so `npm test` runs it beside the end-to-end suite, which leaves about
 * one of the two cores idle, instead of in the integration run that keeps both busy.
 */
export default defineConfig({
  test: {
    include: [
      "backend/integration-tests/partial-install/**/*.spec.ts",
      "backend/integration-tests/faults/**/*.spec.ts",
    ],
    globals: true,
    pool: "forks",
    reporters: ["default", "json"],
    outputFile: { json: ".data/test-reports/install.json" },
    globalSetup: ["./tooling/test-kit/src/global-setup-server.ts"],
    env: {
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
      HC_DATA_DIR: path.resolve(import.meta.dirname, ".data/test-install"),
    },
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
