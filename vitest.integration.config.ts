import path from "node:path";
import { defineConfig } from "vitest/config";
import LongestFirstSequencer from "@hybrid/test-kit/sequencer";

/**
 * Every HTTP integration spec (backend/ and plugins/*), in one run against a real PostgreSQL:
 * the globalSetup migrates and provisions one template database; each test worker boots Medusa
 * once and runs spec files one after another on its own copy (see @hybrid/test-kit). Spec files
 * are spread over three workers: one more than the two CPU cores, as a worker waiting on
 * PostgreSQL leaves its core to the others.
 *
 * Medusa's app is loaded with require() from inside node_modules (medusa-config.ts, backend src/),
 * outside Vite's transform, so workers get Node's TypeScript hook as the `medusa` CLI does
 * (ts-node with swc, configured in backend/tsconfig.json). Run after the plugins are built.
 */
// Read by ts-node/register when the workers start (they inherit this process's environment).
process.env.TS_NODE_PROJECT ??= path.resolve(import.meta.dirname, "backend/tsconfig.json");
// Passwords are hashed with scrypt at log2(N) = 10 instead of Medusa's 15 (backend's
// HC_PASSWORD_HASH_COST): ~3 ms a hash instead of ~200 ms of a core, for the suites' thousands of
// registrations and sign-ins. Read by the provisioning and the backends the suite starts.
process.env.HC_PASSWORD_HASH_COST ??= "10";

export default defineConfig({
  test: {
    include: ["backend/integration-tests/**/*.spec.ts", "plugins/*/integration-tests/**/*.spec.ts"],
    // Partial installs and faults run as their own suite (vitest.install.config.ts, `npm run test:install`).
    exclude: [
      "backend/integration-tests/partial-install/**",
      "backend/integration-tests/faults/**",
      "**/node_modules/**",
    ],
    globals: true,
    pool: "forks",
    // The worker keeps its Medusa app between spec files; state is reset through the database.
    isolate: false,
    maxWorkers: 3,
    execArgv: ["--require", "ts-node/register"],
    // The JSON report lets CI print the failed tests last (scripts/test-failures.mjs).
    reporters: ["default", "json"],
    outputFile: { json: ".data/test-reports/integration.json" },
    globalSetup: ["./tooling/test-kit/src/global-setup.ts"],
    // The longest spec files start first, also on a clean clone with no timings of an earlier run.
    sequence: { sequencer: LongestFirstSequencer },
    setupFiles: ["./tooling/test-kit/src/process-send.ts"],
    env: {
      // Medusa logs every request and workflow at "info"; LOG_LEVEL=info brings that back.
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
      HC_DATA_DIR: path.resolve(import.meta.dirname, ".data/test-integration"),
    },
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
