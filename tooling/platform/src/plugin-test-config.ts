import path from "node:path";
import { defineConfig } from "vitest/config";

/**
 * The Vitest config of a Medusa plugin in plugins/: its unit tests (src/**\/*.test.ts) and its
 * integration specs, which boot the BACKEND app (medusaIntegrationTestRunner's `cwd`) that loads the
 * plugin from its build in .medusa/server. Medusa's runner under Vitest needs (shared/NOTES.md):
 * Node's TypeScript hook in the workers, process.send stubbed, forks with isolation and one spec
 * file at a time. The plugin keeps three setup files in integration-tests/setup: plugin-build.ts
 * (rebuild when src/ is newer), database.ts (a real PostgreSQL) and process-send.ts.
 *
 * Use: `export default pluginTestConfig(__dirname, "<label>")` — the label names the data folder.
 */
export function pluginTestConfig(pluginDir: string, label: string) {
  return defineConfig({
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
      env: { HC_DATA_DIR: path.resolve(pluginDir, `../../.data/test-${label}`) },
      testTimeout: 120_000,
      hookTimeout: 300_000,
    },
  });
}
