import { existsSync } from "node:fs";
import { rm, stat } from "node:fs/promises";
import path from "node:path";
import { BackupError, readBackupHeader, restoreBackup, writeBackup } from "./backup.ts";
import { readyBanner } from "./banner.ts";
import { parseCliArgs, USAGE, UsageError, type CliArgs } from "./cli-args.ts";
import { relocatedClustersUnder, runningPostmaster, runningPostmastersUnder } from "./database.ts";
import { mailPortsFromEnv, startMailDev, type MailCatcher } from "./maildev.ts";
import { isInside, repoPaths, resolveBinScript, type RepoPaths } from "./paths.ts";
import {
  Platform,
  assertPortsFree,
  assertRunnable,
  backendEnv,
  baseChildEnv,
  launchContentEditor,
  launchServices,
  migrate,
  openPlatformDatabase,
  portsFromEnv,
  provision,
  urlsFor,
  type Flavor,
} from "./platform.ts";
import { formatPrefix, runToCompletion } from "./services.ts";

const useColor = Boolean(process.stderr.isTTY) && !process.env.NO_COLOR;

function say(message: string): void {
  process.stdout.write(`${formatPrefix("platform")}${message}\n`);
}

function fail(message: string): void {
  process.stderr.write(`${useColor ? "\u001b[31m" : ""}✖ ${message}${useColor ? "\u001b[0m" : ""}\n`);
}

function errorMessage(error: unknown): string {
  if (process.env.HC_DEBUG && error instanceof Error && error.stack) return error.stack;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs `body` with signal handling around it: the first Ctrl-C / SIGTERM stops every child and
 * then PostgreSQL; a second one kills the children at once. Always ends with everything stopped.
 * Exit code: 0 after a requested stop, 1 when something failed or a service died.
 */
async function supervised(body: (platform: Platform, stopRequested: Promise<void>) => Promise<void>): Promise<number> {
  const platform = new Platform();
  let signals = 0;
  let requestStop!: () => void;
  const stopRequested = new Promise<void>((resolve) => {
    requestStop = resolve;
  });
  const onSignal = (signal: NodeJS.Signals) => {
    signals += 1;
    if (signals === 1) {
      process.stdout.write("\n");
      say(`${signal}: stopping the services, then the database...`);
      requestStop();
      void platform.stopAll();
    } else {
      say("Killing the services now.");
      platform.forceKill();
    }
  };
  const handled: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];
  for (const signal of handled) process.on(signal, onSignal);

  let exitCode = 0;
  try {
    await body(platform, stopRequested);
  } catch (error) {
    if (!platform.stopping) {
      fail(errorMessage(error));
      exitCode = 1;
    }
  }
  await platform.stopAll();
  for (const signal of handled) process.removeListener(signal, onSignal);
  return exitCode;
}

async function build(paths: RepoPaths, platform: Platform): Promise<void> {
  say("Building all workspaces (turbo run build)...");
  await runToCompletion(
    {
      name: "The build (turbo run build)",
      command: process.execPath,
      args: [resolveBinScript(paths, "turbo"), "run", "build"],
      cwd: paths.root,
      env: baseChildEnv(paths),
      output: { kind: "inherit" },
    },
    platform.track,
  );
}

async function startDatabaseAndProvision(
  paths: RepoPaths,
  platform: Platform,
  flavor: Flavor,
  nodeEnv: string,
  backendPort: number,
  migrate: "auto" | "always",
) {
  say(process.env.DATABASE_URL ? "Connecting to DATABASE_URL..." : "Starting the embedded PostgreSQL...");
  const database = await platform.openDatabase(() => openPlatformDatabase(paths));
  say(`Database: ${database.description}`);
  const env = backendEnv(baseChildEnv(paths), {
    databaseUrl: database.url,
    nodeEnv,
    dataDir: paths.dataDir,
    port: backendPort,
  });
  say(`Migrating and provisioning (NODE_ENV=${nodeEnv})...`);
  const started = Date.now();
  await provision({
    paths,
    flavor,
    env,
    output: (step) => ({ kind: "prefix", label: step }),
    track: platform.track,
    migrate,
  });
  say(`Database migrated and provisioned in ${Math.round((Date.now() - started) / 1000)} s.`);
  return { database, env };
}

async function runPlatform(args: CliArgs, mode: "start" | "dev"): Promise<number> {
  const paths = repoPaths();
  const flavor: Flavor = mode === "start" ? "built" : "source";
  return supervised(async (platform, stopRequested) => {
    const ports = portsFromEnv();
    // Fail before a long build when the ports are taken (typically: the platform already runs).
    await assertPortsFree(ports);
    if (mode === "start" && args.build) await build(paths, platform);
    assertRunnable(paths, flavor);
    await assertPortsFree(ports);

    const nodeEnv = process.env.NODE_ENV || (mode === "start" ? "local" : "development");
    const { database, env } = await startDatabaseAndProvision(
      paths,
      platform,
      flavor,
      nodeEnv,
      ports.backend,
      args.migrate ? "always" : "auto",
    );

    // Real email goes to SMTP_URL when it is set; otherwise to a local MailDev and its web inbox.
    let mail: MailCatcher | undefined;
    if (!process.env.SMTP_URL) {
      say("Starting MailDev (the local mail inbox; set SMTP_URL to send real email instead)...");
      mail = await startMailDev({
        paths,
        ports: mailPortsFromEnv(),
        output: { kind: "prefix", label: "maildev" },
        track: platform.track,
      });
      env.SMTP_URL = mail.smtpUrl;
    }
    // Links in emails point at the sites as started here (unless their public URLs are set).
    const urls = urlsFor(ports);
    env.CONSUMER_PUBLIC_URL ??= urls.consumerUrl;
    env.TRADE_PUBLIC_URL ??= urls.tradeUrl;

    say(mode === "start" ? "Starting the backend and both storefronts..." : "Starting medusa develop and astro dev...");
    await launchServices({
      paths,
      flavor,
      ports,
      backendEnv: env,
      storefrontBaseEnv: baseChildEnv(paths),
      storefrontNodeEnv: mode === "start" ? "production" : undefined,
      output: (service) => ({ kind: "prefix", label: service }),
      track: platform.track,
      onWaiting: (service, url, seconds) => say(`waiting for ${service} to answer ${url} (${seconds} s)`),
      onStarted: (service) => say(`${service.name} started (pid ${service.pid})`),
    });
    say("Starting the content editor...");
    const contentEditor = await launchContentEditor({
      paths,
      flavor,
      env: baseChildEnv(paths),
      output: { kind: "prefix", label: "editor" },
      track: platform.track,
      onStarted: (service) => say(`${service.name} started (pid ${service.pid})`),
    });
    process.stdout.write(
      `\n${readyBanner({ urls, nodeEnv, database: database.description, mode, mailInbox: mail?.inboxUrl, contentEditor })}\n\n`,
    );

    const ended = await Promise.race([platform.firstExit(), stopRequested.then(() => undefined)]);
    if (ended && !platform.stopping) {
      const how = ended.exit.signal ? `was killed by ${ended.exit.signal}` : `exited with code ${ended.exit.code}`;
      throw new Error(`${ended.name} ${how}: stopping the platform.`);
    }
  });
}

async function runProvision(args: CliArgs): Promise<number> {
  const paths = repoPaths();
  const flavor: Flavor = args.source ? "source" : "built";
  return supervised(async (platform) => {
    if (args.build) await build(paths, platform);
    assertRunnable(paths, flavor, { storefronts: false });
    const nodeEnv = process.env.NODE_ENV || "local";
    await startDatabaseAndProvision(
      paths,
      platform,
      flavor,
      nodeEnv,
      portsFromEnv().backend,
      args.migrate ? "always" : "auto",
    );
  });
}

async function runReset(): Promise<number> {
  const paths = repoPaths();
  const { dataDir, root } = paths;
  if (path.basename(dataDir) !== ".data" || !isInside(root, dataDir) || path.resolve(dataDir) === path.resolve(root)) {
    fail(`Refusing to delete ${dataDir}: it is not the .data folder inside ${root}.`);
    return 1;
  }
  if (!existsSync(dataDir)) {
    say(`Nothing to reset: ${dataDir} does not exist.`);
    return 0;
  }
  const running = runningPostmastersUnder(dataDir);
  if (running.length > 0) {
    const [first] = running;
    fail(
      `PostgreSQL is still running on ${first!.dataDir} (pid ${first!.pid}, port ${first!.port ?? "?"}). ` +
        `Stop the platform first (Ctrl-C where \`npm start\` or \`npm run dev\` runs), then reset again.`,
    );
    return 1;
  }
  for (const cluster of relocatedClustersUnder(dataDir)) await rm(cluster, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
  say(`Deleted ${dataDir} (database, uploads, test data). The next start creates and provisions a fresh database.`);
  return 0;
}

/** Where uploaded files live: HC_DATA_DIR/uploads, as the backend resolves it (default .data/uploads). */
function uploadsDirOf(paths: RepoPaths): string {
  return path.join(process.env.HC_DATA_DIR ?? paths.dataDir, "uploads");
}

/** The embedded cluster's connection string while another process (`npm start`) runs it. */
function runningEmbeddedUrl(paths: RepoPaths): { url: string; pid: number } | undefined {
  const running = runningPostmaster(paths.postgresDir);
  if (!running?.port) return undefined;
  return { url: `postgres://postgres:postgres@localhost:${running.port}/hybrid_commerce`, pid: running.pid };
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

async function runBackup(args: CliArgs): Promise<number> {
  const paths = repoPaths();
  const stamp = new Date()
    .toISOString()
    .replaceAll(":", "-")
    .replace(/\.\d+Z$/, "Z");
  const file = path.resolve(args.out ?? path.join(paths.dataDir, "backups", `hybrid-commerce-${stamp}.hcbackup.gz`));
  return supervised(async (platform) => {
    let url = process.env.DATABASE_URL;
    if (url) {
      say("Backing up DATABASE_URL's database...");
    } else {
      const running = runningEmbeddedUrl(paths);
      if (running) {
        say(`Backing up the running embedded PostgreSQL (pid ${running.pid}); the platform keeps running.`);
        url = running.url;
      } else {
        say("Starting the embedded PostgreSQL for the backup...");
        url = (await platform.openDatabase(() => openPlatformDatabase(paths))).url;
      }
    }
    const started = Date.now();
    const header = await writeBackup({ url, uploadsDir: uploadsDirOf(paths), file, progress: say });
    const rows = header.tables.reduce((sum, t) => sum + t.rows, 0);
    const bytes = header.files.reduce((sum, f) => sum + f.bytes, 0);
    say(
      `Backup written in ${Math.round((Date.now() - started) / 1000)} s: ${rows.toLocaleString("en")} rows of ` +
        `${header.tables.length} tables, ${header.files.length} uploaded files (${megabytes(bytes)}), ${megabytes((await stat(file)).size)} in all.`,
    );
    if (header.tables.length === 0)
      say("Note: the database holds no tables yet (the platform was never started on it).");
    say(`Restore it with: npm run restore -- ${path.relative(process.cwd(), file) || file}`);
    // The path alone on the last line, for scripts: FILE=$(npm run -s backup | tail -1)
    process.stdout.write(`${file}\n`);
  });
}

async function runRestore(args: CliArgs): Promise<number> {
  const paths = repoPaths();
  const file = path.resolve(args.file!);
  if (!existsSync(file)) {
    fail(`No such backup file: ${file}`);
    return 1;
  }
  return supervised(async (platform) => {
    const header = await readBackupHeader(file);
    say(`Backup of ${header.createdAt} from ${header.source} (PostgreSQL ${header.serverVersion}).`);
    if (!process.env.DATABASE_URL) {
      const running = runningEmbeddedUrl(paths);
      if (running) {
        throw new BackupError(
          `The embedded PostgreSQL is running (pid ${running.pid}): stop the platform first (Ctrl-C where \`npm start\` runs), then restore.`,
        );
      }
    }
    assertRunnable(paths, "built", { storefronts: false });
    say(process.env.DATABASE_URL ? "Connecting to DATABASE_URL..." : "Starting the embedded PostgreSQL...");
    const database = await platform.openDatabase(() => openPlatformDatabase(paths));
    say(`Restoring into ${database.description}...`);
    const env = backendEnv(baseChildEnv(paths), {
      databaseUrl: database.url,
      nodeEnv: process.env.NODE_ENV || "local",
      dataDir: process.env.HC_DATA_DIR ?? paths.dataDir,
      port: portsFromEnv().backend,
    });
    const started = Date.now();
    const restored = await restoreBackup({
      file,
      url: database.url,
      uploadsDir: uploadsDirOf(paths),
      replace: args.replace,
      progress: say,
      migrate: () =>
        migrate({
          paths,
          flavor: "built",
          env,
          output: (step) => ({ kind: "prefix", label: step }),
          track: platform.track,
        }),
    });
    const rows = restored.tables.reduce((sum, t) => sum + t.rows, 0);
    say(
      `Restored in ${Math.round((Date.now() - started) / 1000)} s: ${rows.toLocaleString("en")} rows, ` +
        `${restored.files.length} uploaded files. Start the platform as usual (npm start).`,
    );
  });
}

/** Entry point of the `hybrid-platform` command; resolves with the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCliArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      fail(error.message);
      process.stderr.write(`\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
  try {
    switch (args.command) {
      case "help":
        process.stdout.write(`${USAGE}\n`);
        return 0;
      case "start":
      case "dev":
        return await runPlatform(args, args.command);
      case "provision":
        return await runProvision(args);
      case "reset":
        return await runReset();
      case "backup":
        return await runBackup(args);
      case "restore":
        return await runRestore(args);
    }
  } catch (error) {
    fail(errorMessage(error));
    return 1;
  }
}
