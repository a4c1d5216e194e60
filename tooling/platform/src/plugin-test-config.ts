import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "vitest/config";

/**
 * The Vitest config of a Medusa plugin in plugins/: its own tests under src/ — pure logic
 * (`*.test.ts` beside the code) and module tests (`src/modules/<m>/__tests__`, Medusa's
 * moduleIntegrationTestRunner on a real PostgreSQL: DB_HOST's, or a throwaway embedded one).
 * The plugins' HTTP specs (integration-tests/) run in the repository's one integration suite
 * (vitest.integration.config.ts at the root), which boots the backend with every plugin once.
 *
 * Medusa's module runner require()s the module's TypeScript from inside node_modules, outside
 * Vite's transform, so the workers get Node's TypeScript hook as the `medusa` CLI does.
 *
 * Use: `export default pluginTestConfig(__dirname)`.
 */
export function pluginTestConfig(pluginDir: string) {
  const modulesDir = path.join(pluginDir, "src", "modules");
  const hasModuleTests =
    existsSync(modulesDir) &&
    readdirSync(modulesDir).some((module) => existsSync(path.join(modulesDir, module, "__tests__")));
  // Names the throwaway cluster's data folder (read by the global setup, in this process).
  process.env.TEST_DATABASE_LABEL ??= path.basename(pluginDir);
  return defineConfig({
    test: {
      globals: true,
      pool: "forks",
      // Files share one module graph per worker: loading Medusa's packages once, not once per
      // file, is most of a plugin's unit run. No plugin test replaces modules (vi.mock).
      isolate: false,
      execArgv: ["--require", "ts-node/register"],
      include: ["src/**/*.test.ts"],
      exclude: ["**/node_modules/**", ".medusa/**"],
      globalSetup: hasModuleTests ? [path.join(import.meta.dirname, "test-database.ts")] : [],
      testTimeout: 60_000,
      hookTimeout: 120_000,
    },
  });
}
