import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatabaseAdmin, databaseUrl, serverFromEnv } from "./databases.ts";

const server = serverFromEnv();
if (!server) throw new Error("the test database setup did not set DB_HOST");
const admin = new DatabaseAdmin(server);
const prefix = `hc_kit_test_${process.pid}`;

async function withClient<T>(database: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl(server!, database) });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

const names = async (database: string) =>
  withClient(database, async (client) =>
    (await client.query("SELECT name FROM item ORDER BY name")).rows.map((row) => row.name),
  );

describe("DatabaseAdmin", () => {
  beforeAll(async () => {
    await admin.create(`${prefix}_source`);
    await withClient(`${prefix}_source`, (client) =>
      client.query("CREATE TABLE item (name text); INSERT INTO item VALUES ('original')"),
    );
  });

  afterAll(async () => {
    for (const database of await admin.list(prefix)) await admin.drop(database);
    await admin.close();
  });

  it("copies a database: later writes to either side stay on that side", async () => {
    await admin.copy(`${prefix}_source`, `${prefix}_copy`);
    await withClient(`${prefix}_source`, (client) => client.query("INSERT INTO item VALUES ('only in source')"));
    await withClient(`${prefix}_copy`, (client) => client.query("INSERT INTO item VALUES ('only in copy')"));

    expect(await names(`${prefix}_source`)).toEqual(["only in source", "original"]);
    expect(await names(`${prefix}_copy`)).toEqual(["only in copy", "original"]);
  });

  it("restores over a database that an app still holds sessions on: those sessions end, the data is the source's", async () => {
    await admin.copy(`${prefix}_source`, `${prefix}_app`);
    const appSession = new pg.Client({ connectionString: databaseUrl(server, `${prefix}_app`) });
    appSession.on("error", () => {});
    await appSession.connect();
    await appSession.query("INSERT INTO item VALUES ('written by the app')");

    await admin.copy(`${prefix}_source`, `${prefix}_app`);

    await expect(appSession.query("SELECT 1")).rejects.toThrow();
    expect(await names(`${prefix}_app`)).not.toContain("written by the app");
  });

  it("snapshots a database while an app is connected to it", async () => {
    const appSession = new pg.Client({ connectionString: databaseUrl(server, `${prefix}_source`) });
    appSession.on("error", () => {});
    await appSession.connect();

    await admin.copy(`${prefix}_source`, `${prefix}_snapshot`, { inUse: true });

    expect(await names(`${prefix}_snapshot`)).toEqual(await names(`${prefix}_source`));
    await appSession.end().catch(() => {});
  });

  it("copies one template into several databases at the same moment (two workers booting)", async () => {
    await Promise.all([1, 2, 3].map((n) => admin.copy(`${prefix}_source`, `${prefix}_parallel_${n}`)));
    for (const n of [1, 2, 3]) expect(await names(`${prefix}_parallel_${n}`)).toContain("original");
  });

  it("counts the rows a session changed, even one still connected, and nothing for a session that only read", async () => {
    await admin.copy(`${prefix}_source`, `${prefix}_counted`);
    expect(await admin.rowChanges(`${prefix}_counted`)).toBe(0);

    const app = new pg.Client({ connectionString: databaseUrl(server, `${prefix}_counted`) });
    app.on("error", () => {});
    await app.connect();
    await app.query("SELECT count(*) FROM item");
    expect(await admin.rowChanges(`${prefix}_counted`)).toBe(0);

    const writer = new pg.Client({ connectionString: databaseUrl(server, `${prefix}_counted`) });
    writer.on("error", () => {});
    await writer.connect();
    await writer.query("INSERT INTO item VALUES ('counted')");
    // The writer is still connected: its counts are reported when rowChanges ends its session.
    expect(await admin.rowChanges(`${prefix}_counted`)).toBe(1);
    await expect(writer.query("SELECT 1")).rejects.toThrow();
  });

  it("lists only the databases with the prefix", async () => {
    const listed = await admin.list(prefix);
    expect(listed).toContain(`${prefix}_source`);
    expect(listed.every((name) => name.startsWith(prefix))).toBe(true);
  });

  it("refuses names that are not plain test database names", async () => {
    await expect(admin.create('x"; DROP DATABASE postgres; --')).rejects.toThrow("not a test database name");
  });
});

describe("serverFromEnv", () => {
  it("spells a loopback DB_HOST as localhost (Medusa forces SSL on any other host)", () => {
    expect(serverFromEnv({ DB_HOST: "127.0.0.1", DB_PORT: "5433" })).toEqual({
      host: "localhost",
      port: 5433,
      user: "postgres",
      password: "",
    });
  });

  it("is undefined without DB_HOST", () => {
    expect(serverFromEnv({})).toBeUndefined();
  });
});
