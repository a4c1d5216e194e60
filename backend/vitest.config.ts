import path from "node:path"
import { defineConfig } from "vitest/config"

/**
 * Medusa's integration test runner is built for Jest; under Vitest it needs (see shared/NOTES.md):
 * Node's own TypeScript hook in the workers (it require()s medusa-config.ts and src/ from inside
 * node_modules), process.send stubbed (Vitest's forks IPC), and forks with isolation.
 */
export default defineConfig({
  test: {
    globals: true,
    pool: "forks",
    isolate: true,
    // Each spec boots Medusa and creates its own database: one at a time on 2 cores.
    fileParallelism: false,
    execArgv: ["--require", "ts-node/register"],
    include: ["src/**/*.test.ts", "integration-tests/**/*.spec.ts"],
    globalSetup: ["./integration-tests/setup/database.ts"],
    setupFiles: ["./integration-tests/setup/process-send.ts"],
    // Uploads written by provisioning land in the git-ignored .data folder, apart from `npm start`'s.
    env: { HC_DATA_DIR: path.resolve(__dirname, "../.data/test-backend") },
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
})
