/**
 * Vitest globalSetup for the end-to-end suites: boots the whole platform once (throwaway
 * database, provisioning exactly like `npm start`, built backend + both storefronts on free
 * ports) and provides its URLs to the specs as `inject("platform")`. Builds nothing itself:
 * the root test script runs `turbo run build` first.
 *
 * Env: E2E_DATABASE_URL uses that PostgreSQL database (created if missing, kept afterwards)
 * instead of a throwaway embedded cluster.
 * Service logs: <repo>/.data/test-logs/e2e/{postgres,migrate,provision,maildev,backend,consumer,trade}.log (its
 * own folder: the integration suite may run at the same time and writes beside it)
 */
import { appendFileSync, cpSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
// Brings "vitest" into the program so the ProvidedContext augmentation below resolves.
import type {} from "vitest";
import type { TestProject } from "vitest/node";
import { ensureExternalDatabase, findFreePort, runningPostmaster, startEmbeddedPostgres } from "./database.ts";
import { startMailDev } from "./maildev.ts";
import { repoPaths } from "./paths.ts";
import {
  Platform,
  assertRunnable,
  backendEnv,
  baseChildEnv,
  launchServices,
  provision,
  urlsFor,
  type DatabaseHandle,
  type Ports,
} from "./platform.ts";
import { tailFile, type OutputTarget } from "./services.ts";

/** What the specs receive from `inject("platform")`. */
export interface E2EPlatform {
  backendUrl: string;
  adminUrl: string;
  consumerUrl: string;
  tradeUrl: string;
  /**
   * The mail catcher every email of the run lands in (MailDev's REST API): `GET <mailApiUrl>/email`
   * lists the messages with `to[].address`, `subject`, `html` and `text`.
   */
  mailApiUrl: string;
  /**
   * The content folder the backend and both sites read (HC_CONTENT_DIR): a copy of content/'s
   * stories, pages and images made for the run, so a spec can publish into it while they run.
   */
  contentDir: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    platform: E2EPlatform;
  }
}

const RUN_DIR_PREFIX = "test-e2e-";
const STALE_AFTER_MS = 10 * 60_000;

function progress(message: string): void {
  process.stderr.write(`[e2e] ${message}\n`);
}

/** Run folders left by runs that were killed (their PostgreSQL is gone). */
function removeStaleRunDirs(dataDir: string): void {
  let entries: string[];
  try {
    entries = readdirSync(dataDir);
  } catch {
    return;
  }
  for (const entry of entries) {
    if (!entry.startsWith(RUN_DIR_PREFIX)) continue;
    const dir = path.join(dataDir, entry);
    try {
      if (Date.now() - statSync(dir).mtimeMs < STALE_AFTER_MS) continue;
      if (runningPostmaster(path.join(dir, "postgres"))) continue;
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // Another run is cleaning up the same folder.
    }
  }
}

async function freePorts(): Promise<Ports> {
  const taken = new Set<number>();
  const next = async () => {
    for (;;) {
      const port = await findFreePort();
      if (!taken.has(port)) {
        taken.add(port);
        return port;
      }
    }
  };
  return { backend: await next(), consumer: await next(), trade: await next() };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = Date.now();
  const elapsed = () => `${Math.round((Date.now() - started) / 1000)} s`;
  const paths = repoPaths();
  const logsDir = path.join(paths.testLogsDir, "e2e");
  const runDir = path.join(paths.dataDir, `${RUN_DIR_PREFIX}${Date.now().toString(36)}-${process.pid}`);
  const logFile = (name: string) => path.join(logsDir, `${name}.log`);
  const fileOutput = (name: string): OutputTarget => ({ kind: "file", file: logFile(name) });

  removeStaleRunDirs(paths.dataDir);
  rmSync(logsDir, { recursive: true, force: true });
  mkdirSync(logsDir, { recursive: true });

  const platform = new Platform();
  let currentStep = "postgres";
  const teardown = async () => {
    await platform.stopAll();
    rmSync(runDir, { recursive: true, force: true });
  };

  try {
    assertRunnable(paths, "built");

    progress("starting the database...");
    const database = await platform.openDatabase(async (): Promise<DatabaseHandle> => {
      const external = process.env.E2E_DATABASE_URL;
      if (external) {
        await ensureExternalDatabase(external);
        return { url: external, description: "E2E_DATABASE_URL", stop: async () => {} };
      }
      const embedded = await startEmbeddedPostgres({
        dataDir: path.join(runDir, "postgres"),
        port: await findFreePort(),
        persistent: false,
        onLog: (message) => appendFileSync(logFile("postgres"), message.endsWith("\n") ? message : `${message}\n`),
      });
      return {
        url: embedded.url,
        description: `embedded PostgreSQL on port ${embedded.port}`,
        embedded,
        stop: embedded.stop,
      };
    });
    progress(`database ready (${database.description}, ${elapsed()})`);

    const ports = await freePorts();
    const urls = urlsFor(ports);
    const env = backendEnv(baseChildEnv(paths), {
      databaseUrl: database.url,
      // "local": what `npm start` uses (built admin, demo accounts), whatever Vitest set NODE_ENV to.
      nodeEnv: "local",
      dataDir: runDir,
      port: ports.backend,
      corsOrigins: [urls.consumerUrl, urls.tradeUrl],
    });
    env.MEDUSA_DISABLE_TELEMETRY = "true";
    // The backend and both sites read a copy of the shared content, never the checkout's own:
    // specs publish into it while the sites run.
    const contentDir = path.join(runDir, "content");
    for (const folder of ["stories", "pages", "images"]) {
      cpSync(path.join(paths.root, "content", folder), path.join(contentDir, folder), { recursive: true });
    }
    env.HC_CONTENT_DIR = contentDir;

    progress(`migrating and provisioning (logs in ${path.relative(paths.root, logsDir)}/)...`);
    await provision({
      paths,
      flavor: "built",
      env,
      output: (step) => {
        currentStep = step;
        return fileOutput(step);
      },
      track: platform.track,
    });
    progress(`provisioned (${elapsed()}); starting backend on ${urls.backendUrl}...`);

    currentStep = "maildev";
    const mail = await startMailDev({
      paths,
      ports: { smtp: await findFreePort(), web: await findFreePort() },
      output: fileOutput("maildev"),
      track: platform.track,
    });
    env.SMTP_URL = mail.smtpUrl;
    // Links in emails lead to this run's sites.
    env.CONSUMER_PUBLIC_URL = urls.consumerUrl;
    env.TRADE_PUBLIC_URL = urls.tradeUrl;

    currentStep = "backend";
    const storefrontBaseEnv = { ...baseChildEnv(paths), ASTRO_TELEMETRY_DISABLED: "1", HC_CONTENT_DIR: contentDir };
    await launchServices({
      paths,
      flavor: "built",
      ports,
      backendEnv: env,
      storefrontBaseEnv,
      storefrontNodeEnv: "production",
      output: (service) => {
        if (service !== "backend") currentStep = service;
        return fileOutput(service);
      },
      track: platform.track,
      onWaiting: (service, url, seconds) => {
        currentStep = service;
        progress(`waiting for ${service} at ${url} (${seconds} s)`);
      },
    });
    progress(
      `platform ready in ${elapsed()}: backend ${urls.backendUrl}, consumer ${urls.consumerUrl}, trade ${urls.tradeUrl}`,
    );

    project.provide("platform", {
      backendUrl: urls.backendUrl,
      adminUrl: urls.adminUrl,
      consumerUrl: urls.consumerUrl,
      tradeUrl: urls.tradeUrl,
      mailApiUrl: mail.apiUrl,
      contentDir,
    });
  } catch (error) {
    // The log to show: the process that died, else the step that was running (e.g. a timeout).
    const crashed = platform.processes.find((managed) => managed.hasExited && managed.logFile);
    const log = (error as { logFile?: string }).logFile ?? crashed?.logFile ?? logFile(currentStep);
    const tail = tailFile(log);
    if (tail) process.stderr.write(`\n[e2e] last lines of ${log}:\n${tail}\n\n`);
    await teardown();
    const message = (error as Error).message;
    throw new Error(`The e2e platform did not start: ${message}${message.includes(log) ? "" : ` (see ${log})`}`, {
      cause: error,
    });
  }
  return teardown;
}
