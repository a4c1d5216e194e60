import { createRequire } from "node:module";
import type { MedusaContainer } from "@medusajs/framework/types";
import { ContainerRegistrationKeys } from "@medusajs/framework/utils";
import { afterAll, afterEach, beforeAll, beforeEach, describe, inject } from "vitest";
import { type Mailbox, startMailbox } from "@hybrid/platform/mailbox";
import { repoPaths } from "@hybrid/platform/paths";
import { DatabaseAdmin, databaseUrl } from "./databases.ts";
import { type StoreSetup, storeSetup } from "./fixtures/http.ts";
import type { IntegrationDatabases } from "./global-setup.ts";

const require = createRequire(import.meta.url);

/** The axios instance a suite calls the backend with (Medusa's test runner hands out the same). */
export interface Api {
  get: (url: string, config?: object) => Promise<any>;
  post: (url: string, body?: unknown, config?: object) => Promise<any>;
  delete: (url: string, config?: object) => Promise<any>;
}

/** What a suite receives: the same names as Medusa's `medusaIntegrationTestRunner` hands out. */
export interface IntegrationContext {
  api: Api;
  getContainer: () => MedusaContainer;
  /** The worker's database: `clientUrl` for a second session (e.g. to hold a lock from outside). */
  dbConfig: { dbName: string; clientUrl: string };
  /** The app's own knex connection to that database. */
  dbConnection: { raw: (sql: string, bindings?: readonly (string | number | boolean | Date | null)[]) => Promise<any> };
  /**
   * The worker's mail server: the backend sends every email over real SMTP to it (SMTP_URL), so a
   * spec reads what was delivered, and can make it refuse messages (`refuseNext`). Shared by the
   * worker's spec files: match on a recipient of your own.
   */
  mailbox: Mailbox;
  /**
   * The provisioned store every spec starts from (`storeSetup`: both publishable keys, the EUR and
   * USD regions, the demo admin's headers), read once per file before the file's own `beforeAll`.
   * Read its fields inside hooks and tests; not in a spec that starts from "migrated".
   */
  store: StoreSetup;
}

interface WorkerApp {
  container: MedusaContainer;
  api: Api;
  dbName: string;
  clientUrl: string;
  admin: DatabaseAdmin;
  databases: IntegrationDatabases;
  mailbox: Mailbox;
  /** Spec files that have run on this app; the next one starts from a fresh copy of the template. */
  filesRun: number;
}

const WORKER_APP = Symbol.for("@hybrid/test-kit/worker-app");
type Global = typeof globalThis & { [WORKER_APP]?: Promise<WorkerApp> };

/**
 * One Medusa app per test worker, booted on the worker's first spec file and kept for the next
 * ones (the config runs spec files without isolation, so this process lives on between them).
 * The worker's database starts as a copy of the run's template: already migrated and provisioned.
 */
function workerApp(startFrom: StartFrom): Promise<WorkerApp> {
  const global = globalThis as Global;
  // A failed boot is not kept: the worker's next spec file tries again instead of failing with it.
  global[WORKER_APP] ??= bootWorkerApp(startFrom).catch((error) => {
    global[WORKER_APP] = undefined;
    throw error;
  });
  return global[WORKER_APP];
}

type StartFrom = "provisioned" | "migrated";

/** Boots on a copy of the database the first spec file starts from, so the app's start-up work (search seeding) runs on it. */
async function bootWorkerApp(startFrom: StartFrom): Promise<WorkerApp> {
  const databases = inject("integrationDatabases");
  const admin = new DatabaseAdmin(databases.server);
  const dbName = `${databases.prefix}_w${process.env.VITEST_POOL_ID ?? process.pid}`;
  await admin.copy(startFrom === "migrated" ? databases.migrated : databases.template, dbName);
  const clientUrl = databaseUrl(databases.server, dbName);

  // Real email: the email plugin's SMTP provider sends to this worker's own mail server.
  const mailbox = await startMailbox();
  process.env.SMTP_URL = mailbox.url;

  const backendDir = repoPaths().backendDir;
  // Medusa's runner, minus its per-file migrations: load medusa-config.ts with this database (and
  // the admin UI off), then start the HTTP app the way `medusa start` does.
  const { configLoaderOverride } = require("@medusajs/test-utils/dist/medusa-test-runner-utils/config");
  const { startApp } = require("@medusajs/test-utils/dist/medusa-test-runner-utils/bootstrap-app");
  await configLoaderOverride(backendDir, { clientUrl });
  const { container, port } = await startApp({ cwd: backendDir });
  quietEndedSessions(container);
  const axios = require(require.resolve("axios", { paths: [require.resolve("@medusajs/test-utils")] }));
  const api: Api = axios.create({ baseURL: `http://localhost:${port}` });
  return { container, api, dbName, clientUrl, admin, databases, mailbox, filesRun: 0 };
}

/**
 * `DatabaseAdmin.rowChanges` ends the app's idle sessions between tests (PostgreSQL counts a
 * session's row changes when it ends); knex then warns "Connection Error: Connection ended
 * unexpectedly" (or "terminating connection due to administrator command") for each one as it
 * drops it from the pool and opens a new one. Expected here, so those warnings are not printed;
 * every other knex warning is.
 */
const ENDED_ON_PURPOSE = new Set([
  "Connection Error: Connection ended unexpectedly",
  "Connection Error: error: terminating connection due to administrator command",
]);

function quietEndedSessions(container: MedusaContainer): void {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as {
    client?: { logger?: { warn?: (message: unknown) => void } };
  };
  const logger = knex.client?.logger;
  const warn = logger?.warn?.bind(logger);
  if (!logger || !warn) return;
  logger.warn = (message: unknown) => {
    if (!ENDED_ON_PURPOSE.has(String(message))) warn(message);
  };
}

/** Waits until no workflow of the app is running (background steps of the last request). */
async function settle(container: MedusaContainer): Promise<void> {
  const {
    waitWorkflowExecutions,
  } = require("@medusajs/test-utils/dist/medusa-test-runner-utils/wait-workflow-executions");
  await waitWorkflowExecutions(container);
}

/**
 * Declares an integration spec: `integrationSuite({ testSuite: ({ api, getContainer, store }) => { ... } })`,
 * the shape of Medusa's `medusaIntegrationTestRunner` (the backend is always the one in backend/).
 *
 * State, as with Medusa's own runner: the file starts from the run's template — migrated, with the
 * demo merchant provisioned (`startFrom: "migrated"`: migrated only, for specs of provisioning
 * itself); its `beforeAll` hooks add the file's fixtures; that state is snapshotted before the
 * first test, and every later test starts from the snapshot again. Nothing leaks between files or
 * tests: each copy is a `CREATE DATABASE … TEMPLATE` of the worker's database. A test after which
 * PostgreSQL counts no row inserted, updated or deleted (`DatabaseAdmin.rowChanges`) left the
 * database equal to the snapshot, so the next test runs on it without a copy.
 */
export function integrationSuite({
  startFrom = "provisioned",
  testSuite,
}: {
  startFrom?: StartFrom;
  testSuite: (context: IntegrationContext) => void;
}): void {
  let app: WorkerApp | undefined;
  let snapshot: string | undefined;
  /** Row changes counted in the worker's database when it last equalled the snapshot. */
  let changesAtSnapshot = 0;
  let store: StoreSetup | undefined;
  const current = (): WorkerApp => {
    if (!app) throw new Error("the integration app is not started yet (use it inside hooks and tests)");
    return app;
  };

  const context: IntegrationContext = {
    api: new Proxy({} as Api, { get: (_, key: keyof Api) => current().api[key] }),
    getContainer: () => current().container,
    dbConfig: {
      get dbName() {
        return current().dbName;
      },
      get clientUrl() {
        return current().clientUrl;
      },
    },
    mailbox: new Proxy({} as Mailbox, {
      get: (_, key: keyof Mailbox) => {
        const value = current().mailbox[key];
        return typeof value === "function" ? value.bind(current().mailbox) : value;
      },
    }),
    dbConnection: {
      raw: (sql, bindings) =>
        current()
          .container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
          .raw(sql, bindings ?? []),
    },
    store: new Proxy({} as StoreSetup, {
      get: (_, key: keyof StoreSetup) => {
        if (!store) throw new Error("store is read once the file's hooks run, and only in a provisioned spec");
        return store[key];
      },
    }),
  };

  describe("", () => {
    beforeAll(async () => {
      app = await workerApp(startFrom);
      // The worker's database is a fresh copy of the file's starting point until its first file runs.
      if (app.filesRun > 0) {
        const { migrated, template } = app.databases;
        await app.admin.copy(startFrom === "migrated" ? migrated : template, app.dbName);
      }
      app.filesRun += 1;
      snapshot = undefined;
      store = startFrom === "provisioned" ? await storeSetup(context.api) : undefined;
    });

    beforeEach(async () => {
      const { admin, dbName } = current();
      if (!snapshot) {
        snapshot = `${dbName}_file`;
        await admin.copy(dbName, snapshot, { inUse: true });
        changesAtSnapshot = await admin.rowChanges(dbName);
        return;
      }
      // A test that changed no row left the database equal to the snapshot: nothing to restore.
      if ((await admin.rowChanges(dbName)) === changesAtSnapshot) return;
      await admin.copy(snapshot, dbName);
      // A new database: PostgreSQL counts its row changes from zero.
      changesAtSnapshot = 0;
    });

    afterEach(async () => {
      await settle(current().container);
    });

    afterAll(async () => {
      if (!app) return;
      await settle(app.container);
      if (snapshot) await app.admin.drop(snapshot);
    });

    testSuite(context);
  });
}
