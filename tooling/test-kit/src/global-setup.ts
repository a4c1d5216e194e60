import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { startTestPostgres } from "@hybrid/platform/test-database";
import { startMailbox } from "@hybrid/platform/mailbox";
import { Platform, backendEnv, baseChildEnv, migrate, seed } from "@hybrid/platform/platform";
import { rebuildStalePlugins } from "@hybrid/platform/plugin-build";
import { repoPaths, resolveBinScript } from "@hybrid/platform/paths";
import { runToCompletion } from "@hybrid/platform/services";
// Brings "vitest" into the program so the ProvidedContext augmentation below resolves.
import type {} from "vitest";
import type { TestProject } from "vitest/node";
import { DatabaseAdmin, databaseUrl, serverFromEnv, type TestServer } from "./databases.ts";

/** What every test worker receives through `inject("integrationDatabases")`. */
export interface IntegrationDatabases {
  server: TestServer;
  /** Migrated once per run, nothing else; never connected to, only copied. */
  migrated: string;
  /** `migrated` plus the demo merchant, provisioned as `npm start` does; only copied. */
  template: string;
  /** Prefix of every database this run creates (workers: `<prefix>_w<n>`, per-file snapshots). */
  prefix: string;
}

/** What `serverSetup` provides: a PostgreSQL server and the prefix of every database the run makes. */
export interface TestServerContext {
  server: TestServer;
  prefix: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    integrationDatabases: IntegrationDatabases;
    testServer: TestServerContext;
  }
}

/**
 * DB_HOST's PostgreSQL, or a throwaway embedded one (then DB_HOST & co. are set for Medusa's own
 * test utilities). `stop` ends the embedded one; a server of DB_HOST's is left running.
 */
export async function openTestServer(runId: string): Promise<{ server: TestServer; stop: () => Promise<void> }> {
  const fromEnv = serverFromEnv();
  if (fromEnv) return { server: fromEnv, stop: async () => {} };
  progress("starting a throwaway embedded PostgreSQL...");
  const embedded = await startTestPostgres(`test-integration-pg-${runId}`);
  return {
    server: { host: "localhost", port: embedded.port, user: "postgres", password: "postgres" },
    stop: () => embedded.stop(),
  };
}

/**
 * Vitest globalSetup of suites that make their own databases (the partial installs): only the
 * server, as `inject("testServer")`; every database named with the run's prefix is dropped at the end.
 */
export async function serverSetup(project: TestProject): Promise<() => Promise<void>> {
  const runId = `${Date.now().toString(36)}${process.pid.toString(36)}`;
  const prefix = `hc_it_${runId}`;
  const { server, stop } = await openTestServer(runId);
  const admin = new DatabaseAdmin(server);
  project.provide("testServer", { server, prefix });
  return async () => {
    try {
      for (const database of await admin.list(prefix)) await admin.drop(database);
    } finally {
      await admin.close();
      await stop();
    }
  };
}

function progress(message: string): void {
  process.stderr.write(`[integration] ${message}\n`);
}

/**
 * Vitest globalSetup of the integration suite. Once per run: a PostgreSQL server (DB_HOST's, or a
 * throwaway embedded one), a database migrated with `medusa db:migrate`, and a copy of it provisioned
 * with the demo merchant (`medusa exec provision.ts`) exactly like `npm start` does. Test workers
 * copy these (`CREATE DATABASE … TEMPLATE`, well under a second) instead of migrating for themselves.
 * Logs of both steps: .data/test-logs/integration-{migrate,provision}.log.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
  const paths = repoPaths();
  const runId = `${Date.now().toString(36)}${process.pid.toString(36)}`;
  const prefix = `hc_it_${runId}`;
  const migrated = `${prefix}_migrated`;
  const template = `${prefix}_template`;

  const { server, stop: stopServer } = await openTestServer(runId);
  const admin = new DatabaseAdmin(server);
  // Kills the migrate/provision children if this process ends while they run.
  const children = new Platform();

  const teardown = async () => {
    try {
      for (const database of await admin.list(prefix)) await admin.drop(database);
    } finally {
      await admin.close();
      await children.stopAll();
      await stopServer();
    }
  };

  // The workers send email over SMTP (SMTP_URL, their own mail server), so the app that makes the
  // templates registers the same providers: Medusa writes a notification provider's row when the
  // app starts, and a worker's later spec files start from copies of these templates.
  const mailbox = await startMailbox();
  try {
    const rebuilt = rebuildStalePlugins(path.join(paths.root, "plugins"));
    if (rebuilt.length) progress(`rebuilt the stale plugin builds: ${rebuilt.join(", ")} (${elapsed()})`);
    const logsDir = paths.testLogsDir;
    mkdirSync(logsDir, { recursive: true });
    const dataDir = integrationDataDir(paths.dataDir);
    rmSync(dataDir, { recursive: true, force: true });
    const step = (database: string) => ({
      paths,
      flavor: "source" as const,
      env: {
        ...backendEnv(baseChildEnv(paths), {
          databaseUrl: databaseUrl(server, database),
          nodeEnv: "test",
          dataDir,
          port: 9000,
        }),
        MEDUSA_DISABLE_TELEMETRY: "true",
        SMTP_URL: mailbox.url,
      },
      output: (name: string) => ({ kind: "file" as const, file: path.join(logsDir, `integration-${name}.log`) }),
      track: children.track,
    });

    // The search reindex boots the app on the database first, which creates what a first start
    // creates (the default store and sales channel) and an active search index version: a copy of
    // either database is then what a started platform sees, before and after provisioning.
    const reindex = (database: string) => {
      const options = step(database);
      return runToCompletion(
        {
          name: "Search index (medusa exec ./src/scripts/search-reindex.ts)",
          command: process.execPath,
          args: [resolveBinScript(paths, "medusa"), "exec", "./src/scripts/search-reindex.ts"],
          cwd: paths.backendDir,
          env: options.env,
          output: options.output(`search-reindex-${database === migrated ? "migrated" : "template"}`),
        },
        children.track,
      );
    };

    progress(`migrating ${migrated} (logs in .data/test-logs/)...`);
    await admin.create(migrated);
    await migrate(step(migrated));
    await reindex(migrated);
    progress(`provisioning the demo merchant into ${template} (${elapsed()})...`);
    await admin.copy(migrated, template);
    await seed(step(template));
    progress(`indexing the catalog for search (${elapsed()})...`);
    await reindex(template);
    progress(`template databases ready in ${elapsed()}`);
  } catch (error) {
    await teardown();
    throw error;
  } finally {
    await mailbox.close();
  }

  project.provide("integrationDatabases", { server, migrated, template, prefix });
  project.provide("testServer", { server, prefix });
  return teardown;
}

/** Uploads written by provisioning and by the tests: git-ignored, apart from `npm start`'s. */
export function integrationDataDir(dataDir: string): string {
  return path.join(dataDir, "test-integration");
}
