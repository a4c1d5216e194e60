import path from "node:path";
import { findFreePort, startEmbeddedPostgres, type RunningPostgres } from "./database.ts";
import { findRepoRoot } from "./paths.ts";

/**
 * Vitest global setup for suites that boot Medusa with its integration test runner: a real
 * PostgreSQL for every spec. With DB_HOST set (CI, or a developer's own server) the runner uses it
 * as is; otherwise a throwaway embedded PostgreSQL starts for the run. Medusa's runner builds its
 * URLs from DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD and forces SSL unless the host reads
 * "localhost", so the embedded one is addressed as localhost.
 *
 * Use: `export { setup, teardown } from "@hybrid/platform/test-database"` in a setup file, with a
 * name for the data folder in TEST_DATABASE_LABEL (default "integration").
 */
let embedded: RunningPostgres | undefined;

export async function setup(): Promise<void> {
  if (process.env.DB_HOST) return;
  const label = process.env.TEST_DATABASE_LABEL ?? "integration";
  embedded = await startEmbeddedPostgres({
    dataDir: path.join(findRepoRoot(), ".data", `test-${label}-${process.pid}`),
    port: await findFreePort(),
    persistent: false,
  });
  Object.assign(process.env, {
    DB_HOST: "localhost",
    DB_PORT: String(embedded.port),
    DB_USERNAME: "postgres",
    DB_PASSWORD: "postgres",
  });
}

export async function teardown(): Promise<void> {
  await embedded?.stop();
}
