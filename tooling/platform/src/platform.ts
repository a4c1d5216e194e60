import { existsSync } from "node:fs";
import path from "node:path";
import {
  embeddedPgPortFromEnv,
  ensureExternalDatabase,
  isPortFree,
  startEmbeddedPostgres,
  type RunningPostgres,
} from "./database.ts";
import { migrationFingerprint, provisionFingerprint } from "./fingerprints.ts";
import { checkStepRecord, clearStepRecord, writeStepRecord, type Step, type StepCheck } from "./step-record.ts";
import { resolveBinScript, type RepoPaths } from "./paths.ts";
import {
  runToCompletion,
  spawnProcess,
  waitForHttp,
  writeLine,
  type ExitResult,
  type ManagedProcess,
  type OutputTarget,
  type ProcessSpec,
} from "./services.ts";

export interface Ports {
  backend: number;
  consumer: number;
  trade: number;
}

export const DEFAULT_PORTS: Ports = { backend: 9000, consumer: 4321, trade: 4322 };

export const DEMO_LOGINS = {
  admin: { email: "admin@example.com", password: "hybrid-demo" },
  tradeBuyer: { email: "buyer@example.com", password: "hybrid-demo" },
  consumer: { email: "shopper@example.com", password: "hybrid-demo" },
} as const;

/**
 * "built": what `npm start` and the e2e tests run (backend/.medusa/server, storefronts' dist/).
 * "source": what `npm run dev` runs (medusa develop, astro dev).
 */
export type Flavor = "built" | "source";

export interface PlatformUrls {
  backendUrl: string;
  adminUrl: string;
  consumerUrl: string;
  tradeUrl: string;
}

export function urlsFor(ports: Ports): PlatformUrls {
  const backendUrl = `http://localhost:${ports.backend}`;
  return {
    backendUrl,
    adminUrl: `${backendUrl}/app`,
    consumerUrl: `http://localhost:${ports.consumer}`,
    tradeUrl: `http://localhost:${ports.trade}`,
  };
}

function portFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`${name} must be a port number, got "${raw}".`);
  return port;
}

/** Ports for `start`/`dev`: 9000/4321/4322 unless BACKEND_PORT, CONSUMER_PORT or TRADE_PORT say otherwise. */
export function portsFromEnv(env: NodeJS.ProcessEnv = process.env): Ports {
  return {
    backend: portFromEnv(env, "BACKEND_PORT", DEFAULT_PORTS.backend),
    consumer: portFromEnv(env, "CONSUMER_PORT", DEFAULT_PORTS.consumer),
    trade: portFromEnv(env, "TRADE_PORT", DEFAULT_PORTS.trade),
  };
}

/** Fails with one line naming the first service whose port is taken. */
export async function assertPortsFree(ports: Ports): Promise<void> {
  for (const [service, port] of Object.entries(ports)) {
    if (!(await isPortFree(port))) {
      throw new Error(
        `Port ${port} (${service}) is already in use: is the platform already running? ` +
          `Stop the program using it, or set ${service.toUpperCase()}_PORT to another port.`,
      );
    }
  }
}

/** The environment every child starts from: ours, with our Node 22 and the repo's bin folder first on PATH. */
export function baseChildEnv(paths: RepoPaths, env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const clean: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(env)) {
    // Vitest marks its own process (VITEST, VITEST_POOL_ID, ...); the services are not test workers.
    if (!key.startsWith("VITEST") && value !== undefined) clean[key] = value;
  }
  const pathKey = Object.keys(clean).find((key) => key.toUpperCase() === "PATH") ?? "PATH";
  clean[pathKey] = [paths.binDir, path.dirname(process.execPath), clean[pathKey]].filter(Boolean).join(path.delimiter);
  return clean;
}

export interface BackendEnvOptions {
  databaseUrl: string;
  /** NODE_ENV for Medusa: "local" (built admin + demo accounts), "development", "production", ... */
  nodeEnv: string;
  /** Folder for uploads and other backend files (HC_DATA_DIR). */
  dataDir: string;
  port: number;
  /** Origins added to STORE_CORS / ADMIN_CORS / AUTH_CORS (kept when the user set them). */
  corsOrigins?: string[];
}

/** Environment for Medusa processes (migrations, provisioning, the server itself). */
export function backendEnv(base: NodeJS.ProcessEnv, options: BackendEnvOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...base,
    DATABASE_URL: options.databaseUrl,
    NODE_ENV: options.nodeEnv,
    HC_DATA_DIR: options.dataDir,
    PORT: String(options.port),
    // One line per request is noise in a terminal; LOG_LEVEL=http brings the access log back.
    LOG_LEVEL: base.LOG_LEVEL ?? "info",
    // The storefronts run on this host and forward the visitor's address on throttled requests
    // (sign-in, applications, invites); the backend believes X-Forwarded-For from loopback only.
    TRUST_PROXY: base.TRUST_PROXY ?? "loopback",
  };
  if (options.corsOrigins?.length) {
    const origins = options.corsOrigins.join(",");
    for (const key of ["STORE_CORS", "ADMIN_CORS", "AUTH_CORS"]) {
      env[key] = base[key] ? `${base[key]},${origins}` : origins;
    }
  }
  return env;
}

/** Environment for a storefront server: its port, and where the backend is. */
export function storefrontEnv(
  base: NodeJS.ProcessEnv,
  port: number,
  backendUrl: string,
  nodeEnv?: string,
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base, PORT: String(port), HOST: "localhost", MEDUSA_BACKEND_URL: backendUrl };
  if (nodeEnv) env.NODE_ENV = nodeEnv;
  return env;
}

export interface DatabaseHandle {
  url: string;
  /** Human description for the banner, e.g. "embedded PostgreSQL 18 on port 54329 (.data/postgres)". */
  description: string;
  embedded?: RunningPostgres;
  stop(): Promise<void>;
}

/** DATABASE_URL when set (created if missing), otherwise the embedded PostgreSQL in <repo>/.data/postgres. */
export async function openPlatformDatabase(
  paths: RepoPaths,
  env: NodeJS.ProcessEnv = process.env,
): Promise<DatabaseHandle> {
  if (env.DATABASE_URL) {
    const { created } = await ensureExternalDatabase(env.DATABASE_URL);
    const where = new URL(env.DATABASE_URL);
    return {
      url: env.DATABASE_URL,
      description: `DATABASE_URL (${where.hostname}:${where.port || 5432}${where.pathname})${created ? ", database created" : ""}`,
      stop: async () => {},
    };
  }
  const embedded = await startEmbeddedPostgres({ dataDir: paths.postgresDir, port: embeddedPgPortFromEnv(env) });
  return {
    url: embedded.url,
    description: `embedded PostgreSQL on port ${embedded.port} (data in ${path.relative(paths.root, embedded.dataDir)})`,
    embedded,
    stop: () => embedded.stop(),
  };
}

/** Fails with a clear instruction when what `flavor` runs has not been built / does not exist. */
export function assertRunnable(paths: RepoPaths, flavor: Flavor, { storefronts = true } = {}): void {
  const missing: string[] = [];
  if (flavor === "built") {
    if (!existsSync(path.join(paths.backendServerDir, "medusa-config.js"))) missing.push("backend/.medusa/server");
    for (const dir of storefronts ? [paths.consumerDir, paths.tradeDir, paths.contentEditorDir] : []) {
      const entry = path.join(dir, "dist", "server", "entry.mjs");
      if (!existsSync(entry)) missing.push(path.relative(paths.root, entry));
    }
    if (missing.length) throw new Error(`Not built yet (missing ${missing.join(", ")}): run \`npm run build\` first.`);
  } else if (
    !existsSync(path.join(paths.backendDir, "medusa-config.ts")) &&
    !existsSync(path.join(paths.backendDir, "medusa-config.js"))
  ) {
    throw new Error("backend/medusa-config.ts is missing: the backend workspace is not set up.");
  }
  const script = provisionScript(paths, flavor);
  if (!existsSync(path.join(script.cwd, script.file))) {
    throw new Error(
      `The provisioning script ${path.relative(paths.root, path.join(script.cwd, script.file))} is missing.`,
    );
  }
}

function provisionScript(paths: RepoPaths, flavor: Flavor): { cwd: string; file: string } {
  return flavor === "built"
    ? { cwd: paths.backendServerDir, file: "./src/scripts/provision.js" }
    : { cwd: paths.backendDir, file: "./src/scripts/provision.ts" };
}

export interface ProvisionOptions {
  paths: RepoPaths;
  flavor: Flavor;
  env: NodeJS.ProcessEnv;
  output: (step: "migrate" | "provision") => OutputTarget;
  track: (process: ManagedProcess) => () => void;
  /**
   * "auto" (default): skip `medusa db:migrate`, and then the seed, when the database records a
   * successful run with exactly the current inputs (see fingerprints.ts). "always": run both.
   */
  migrate?: "auto" | "always";
  /** More arguments for `medusa db:migrate` (e.g. `--skip-scripts`); none for a platform start. */
  extraArgs?: string[];
}

/**
 * Migrations, then the idempotent seed: a migrated, seeded database comes out unchanged. Each step
 * is skipped when the database records a successful run of it with the same fingerprint (it would
 * find nothing to do) and runs otherwise; a step that fails leaves no record, so the next start
 * runs it again. Link changes Medusa considers unsafe (drops) are never applied here.
 */
export async function provision(options: ProvisionOptions): Promise<void> {
  const { paths, flavor, env, output, track, migrate: migrateMode = "auto" } = options;
  const migration = migrationFingerprint(paths, flavor, env);
  await runStep(
    {
      step: "migrate",
      fingerprint: migration,
      databaseUrl: env.DATABASE_URL,
      force: migrateMode === "always",
      output: output("migrate"),
    },
    migrateCommand(options),
    track,
  );
  await runStep(
    {
      step: "provision",
      fingerprint: provisionFingerprint(paths, flavor, env, migration),
      databaseUrl: env.DATABASE_URL,
      force: migrateMode === "always",
      output: output("provision"),
    },
    seedCommand(options),
    track,
  );
}

/** `medusa db:migrate` now, unconditionally (a test template is always new): module migrations, safe link changes, search indexes. */
export async function migrate(options: ProvisionOptions): Promise<void> {
  await runToCompletion(migrateCommand(options), options.track);
}

/** The provisioning script now, unconditionally: the demo merchant (idempotent). */
export async function seed(options: ProvisionOptions): Promise<void> {
  await runToCompletion(seedCommand(options), options.track);
}

function migrateCommand({ paths, flavor, env, output, extraArgs = [] }: ProvisionOptions): ProcessSpec {
  return {
    name: "Database migrations (medusa db:migrate)",
    command: process.execPath,
    args: [
      resolveBinScript(paths, "medusa"),
      "db:migrate",
      "--execute-safe-links",
      "--execute-safe-search",
      ...extraArgs,
    ],
    cwd: provisionScript(paths, flavor).cwd,
    env,
    output: output("migrate"),
  };
}

function seedCommand({ paths, flavor, env, output }: ProvisionOptions): ProcessSpec {
  const script = provisionScript(paths, flavor);
  return {
    name: `Provisioning (medusa exec ${script.file})`,
    command: process.execPath,
    args: [resolveBinScript(paths, "medusa"), "exec", script.file],
    cwd: script.cwd,
    env,
    output: output("provision"),
  };
}

const STEP_DESCRIPTIONS: Record<Step, string> = {
  migrate: "medusa db:migrate",
  provision: "the provisioning script",
};

async function runStep(
  record: { step: Step; fingerprint: string; databaseUrl: string | undefined; force: boolean; output: OutputTarget },
  command: ProcessSpec,
  track: (process: ManagedProcess) => () => void,
): Promise<void> {
  const { step, fingerprint, databaseUrl } = record;
  const check: StepCheck =
    record.force || !databaseUrl
      ? { upToDate: false, reason: "requested" }
      : await checkStepRecord(databaseUrl, step, fingerprint);
  if (check.upToDate) {
    writeLine(
      record.output,
      `Skipping ${STEP_DESCRIPTIONS[step]}: this database records a successful run with the same inputs (--migrate forces it).`,
    );
    return;
  }
  writeLine(record.output, `Running ${STEP_DESCRIPTIONS[step]} (${check.reason}).`);
  if (databaseUrl) await clearStepRecord(databaseUrl, step).catch(() => undefined);
  await runToCompletion(command, track);
  if (databaseUrl) await writeStepRecord(databaseUrl, step, fingerprint);
}

export interface LaunchOptions {
  paths: RepoPaths;
  flavor: Flavor;
  ports: Ports;
  backendEnv: NodeJS.ProcessEnv;
  /** Environment for both storefronts before their PORT/HOST/MEDUSA_BACKEND_URL are added. */
  storefrontBaseEnv: NodeJS.ProcessEnv;
  storefrontNodeEnv?: string;
  output: (service: "backend" | "consumer" | "trade") => OutputTarget;
  track: (process: ManagedProcess) => () => void;
  onWaiting?: (service: string, url: string, seconds: number) => void;
  /** Called right after each service process is spawned. */
  onStarted?: (service: ManagedProcess) => void;
  backendTimeoutMs?: number;
  storefrontTimeoutMs?: number;
}

/** Starts the backend, waits for GET /health, then both storefronts, and waits until they answer GET /. */
export async function launchServices(options: LaunchOptions): Promise<ManagedProcess[]> {
  const { paths, flavor, ports } = options;
  const urls = urlsFor(ports);
  const medusa = resolveBinScript(paths, "medusa");

  const backend = spawnProcess({
    name: "backend",
    command: process.execPath,
    args: [medusa, flavor === "built" ? "start" : "develop"],
    cwd: flavor === "built" ? paths.backendServerDir : paths.backendDir,
    env: options.backendEnv,
    output: options.output("backend"),
  });
  options.track(backend);
  options.onStarted?.(backend);
  const healthUrl = `${urls.backendUrl}/health`;
  await waitForHttp(healthUrl, {
    process: backend,
    timeoutMs: options.backendTimeoutMs ?? (flavor === "built" ? 180_000 : 300_000),
    isReady: (status) => status === 200,
    onWaiting: (seconds) => options.onWaiting?.("backend", healthUrl, seconds),
  });

  const astro = flavor === "source" ? resolveBinScript(paths, "astro") : undefined;
  const storefronts = (["consumer", "trade"] as const).map((name) => {
    const cwd = name === "consumer" ? paths.consumerDir : paths.tradeDir;
    const port = ports[name];
    const managed = spawnProcess({
      name,
      command: process.execPath,
      args: astro ? [astro, "dev", "--port", String(port)] : [path.join("dist", "server", "entry.mjs")],
      cwd,
      env: storefrontEnv(options.storefrontBaseEnv, port, urls.backendUrl, options.storefrontNodeEnv),
      output: options.output(name),
    });
    options.track(managed);
    options.onStarted?.(managed);
    return { name, managed, url: urls[name === "consumer" ? "consumerUrl" : "tradeUrl"] };
  });
  await Promise.all(
    storefronts.map(({ name, managed, url }) =>
      waitForHttp(`${url}/`, {
        process: managed,
        timeoutMs: options.storefrontTimeoutMs ?? 120_000,
        onWaiting: (seconds) => options.onWaiting?.(name, `${url}/`, seconds),
      }),
    ),
  );
  return [backend, ...storefronts.map((s) => s.managed)];
}

/** Where `npm start` runs the content editor (CONTENT_EDITOR_PORT, default 4330; loopback only: it writes files). */
export function contentEditorUrl(env: NodeJS.ProcessEnv = process.env): string {
  return `http://127.0.0.1:${Number(env.CONTENT_EDITOR_PORT || 4330)}`;
}

/**
 * Starts the content editor (Keystatic over the shared content folder) beside the sites: its build
 * (`built`) or `astro dev` (`source`), and waits until it answers. What it saves, the running sites
 * show within seconds (their live collections read the same folder).
 */
export async function launchContentEditor(options: {
  paths: RepoPaths;
  flavor: Flavor;
  env: NodeJS.ProcessEnv;
  output: OutputTarget;
  track: (process: ManagedProcess) => () => void;
  onStarted?: (service: ManagedProcess) => void;
}): Promise<string> {
  const { paths, flavor } = options;
  const url = contentEditorUrl(options.env);
  const port = new URL(url).port;
  const managed = spawnProcess({
    name: "content editor",
    command: process.execPath,
    args:
      flavor === "source"
        ? [resolveBinScript(paths, "astro"), "dev", "--port", port]
        : [path.join("dist", "server", "entry.mjs")],
    cwd: paths.contentEditorDir,
    env: { ...options.env, HOST: "127.0.0.1", PORT: port, CONTENT_EDITOR_PORT: port, ASTRO_TELEMETRY_DISABLED: "1" },
    output: options.output,
  });
  options.track(managed);
  options.onStarted?.(managed);
  await waitForHttp(`${url}/`, { process: managed, timeoutMs: 120_000, isReady: (status) => status === 200 });
  return `${url}/keystatic`;
}

/** Thrown by Platform methods called after shutdown began. */
export class ShutdownInProgressError extends Error {
  constructor() {
    super("The platform is shutting down.");
    this.name = "ShutdownInProgressError";
  }
}

/**
 * Owns everything one launcher run started: child processes (by PID / process group) and the
 * database. stopAll() stops the children first, then PostgreSQL, whatever state the run was in.
 */
export class Platform {
  #processes = new Set<ManagedProcess>();
  #database: Promise<DatabaseHandle> | undefined;
  #stopping: Promise<void> | undefined;
  readonly #onExit = () => {
    for (const managed of this.#processes) {
      if (!managed.hasExited) {
        try {
          process.kill(-managed.pid, "SIGKILL");
        } catch {
          // gone already
        }
      }
    }
  };

  constructor() {
    // Last resort if this process ends without stopAll() (crash, process.exit elsewhere).
    process.on("exit", this.#onExit);
  }

  get stopping(): boolean {
    return this.#stopping !== undefined;
  }

  /** Registers a child; returns a function that unregisters it (for commands that finished). */
  track = (managed: ManagedProcess): (() => void) => {
    this.#processes.add(managed);
    if (this.#stopping) void managed.stop();
    return () => {
      this.#processes.delete(managed);
    };
  };

  get processes(): ManagedProcess[] {
    return [...this.#processes];
  }

  async openDatabase(open: () => Promise<DatabaseHandle>): Promise<DatabaseHandle> {
    if (this.#stopping) throw new ShutdownInProgressError();
    this.#database = open();
    const database = await this.#database;
    if (this.#stopping) throw new ShutdownInProgressError();
    return database;
  }

  /** Resolves with the first tracked process (or the embedded PostgreSQL) that exits. */
  firstExit(): Promise<{ name: string; exit: ExitResult }> {
    const candidates: Array<Promise<{ name: string; exit: ExitResult }>> = this.processes.map((managed) =>
      managed.exited.then((exit) => ({ name: managed.name, exit })),
    );
    if (this.#database) {
      candidates.push(
        this.#database.then(
          (database) =>
            database.embedded
              ? database.embedded.exited.then((code) => ({ name: "postgres", exit: { code, signal: null } }))
              : new Promise<never>(() => {}),
          () => new Promise<never>(() => {}),
        ),
      );
    }
    return Promise.race(candidates);
  }

  /** SIGKILL every child now (second Ctrl-C); stopAll() still stops PostgreSQL cleanly. */
  forceKill(): void {
    this.#onExit();
  }

  stopAll(): Promise<void> {
    this.#stopping ??= (async () => {
      await Promise.all(this.processes.map((managed) => managed.stop()));
      const database = await this.#database?.catch(() => undefined);
      await database?.stop();
      process.removeListener("exit", this.#onExit);
    })();
    return this.#stopping;
  }
}
