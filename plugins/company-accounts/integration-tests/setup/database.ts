import path from "node:path"
import { fileURLToPath } from "node:url"
import { findFreePort, startEmbeddedPostgres, type RunningPostgres } from "@hybrid/platform/database"

/**
 * A real PostgreSQL for every spec. With DB_HOST set (CI, or a developer's own server) the test
 * runner uses it as is; otherwise a throwaway embedded PostgreSQL starts for this run.
 * Medusa's runner builds its URLs from DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD and forces SSL
 * unless the host reads "localhost" — so the embedded one is addressed as localhost.
 */
let embedded: RunningPostgres | undefined

export async function setup() {
  if (process.env.DB_HOST) {
    return
  }
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..")
  embedded = await startEmbeddedPostgres({
    dataDir: path.join(repoRoot, ".data", `test-company-accounts-${process.pid}`),
    port: await findFreePort(),
    persistent: false,
  })
  Object.assign(process.env, {
    DB_HOST: "localhost",
    DB_PORT: String(embedded.port),
    DB_USERNAME: "postgres",
    DB_PASSWORD: "postgres",
  })
}

export async function teardown() {
  await embedded?.stop()
}
