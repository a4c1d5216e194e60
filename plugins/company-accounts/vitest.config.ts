import path from "node:path"
import { defineConfig } from "vitest/config"

/**
 * The plugin's integration tests boot the BACKEND app (medusaIntegrationTestRunner's `cwd`), which
 * loads this plugin from its build in .medusa/server — global setup rebuilds it when src/ is newer.
 * Medusa's runner under Vitest needs (see shared/NOTES.md): Node's own TypeScript hook in the
 * workers, process.send stubbed, forks with isolation, one spec file at a time.
 */
export default defineConfig({
  test: {
    globals: true,
    pool: "forks",
    isolate: true,
    fileParallelism: false,
    execArgv: ["--require", "ts-node/register"],
    include: ["src/**/*.test.ts", "integration-tests/**/*.spec.ts"],
    exclude: ["**/node_modules/**", ".medusa/**"],
    globalSetup: ["./integration-tests/setup/plugin-build.ts", "./integration-tests/setup/database.ts"],
    setupFiles: ["./integration-tests/setup/process-send.ts"],
    env: { HC_DATA_DIR: path.resolve(__dirname, "../../.data/test-company-accounts") },
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
})
