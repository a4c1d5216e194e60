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

/**
 * A throwaway embedded PostgreSQL in `.data/<folder>` (no fsync, deleted by `stop()`), addressed as
 * localhost through DB_HOST, DB_PORT, DB_USERNAME and DB_PASSWORD, which Medusa's test utilities read.
 */
export async function startTestPostgres(folder: string): Promise<RunningPostgres> {
  const started = await startEmbeddedPostgres({
    dataDir: path.join(findRepoRoot(), ".data", folder),
    port: await findFreePort(),
    persistent: false,
  });
  Object.assign(process.env, {
    DB_HOST: "localhost",
    DB_PORT: String(started.port),
    DB_USERNAME: "postgres",
    DB_PASSWORD: "postgres",
  });
  return started;
}

export async function setup(): Promise<void> {
  if (process.env.DB_HOST) return;
  embedded = await startTestPostgres(`test-${process.env.TEST_DATABASE_LABEL ?? "integration"}-${process.pid}`);
}

export async function teardown(): Promise<void> {
  await embedded?.stop();
}
