import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import {
  PortInUseError,
  findFreePort,
  runningPostmaster,
  startEmbeddedPostgres,
  type RunningPostgres,
  relocatedClustersUnder,
} from "./database.ts";
import { repoPaths } from "./paths.ts";

const { dataDir: repoDataDir } = repoPaths();
const testDir = (name: string) =>
  path.join(repoDataDir, `test-platform-${name}-${process.pid}-${Date.now().toString(36)}`);
const started: RunningPostgres[] = [];
const dirs: string[] = [];

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  await Promise.all(started.map((db) => db.stop()));
  // As root, clusters in folders the postgres user cannot enter live elsewhere behind a link.
  const relocated = dirs.flatMap((dir) => relocatedClustersUnder(dir));
  await Promise.all([...relocated, ...dirs].map((dir) => rm(dir, { recursive: true, force: true })));
});

describe("startEmbeddedPostgres", () => {
  it("creates the database, keeps data across a restart and stops without a stale pid file", async () => {
    const dataDir = testDir("persist");
    dirs.push(dataDir);
    const port = await findFreePort();

    const first = await startEmbeddedPostgres({ dataDir, port, database: "shop" });
    started.push(first);
    expect(first.url).toBe(`postgres://postgres:postgres@localhost:${port}/shop`);
    const [{ db }] = await query<{ db: string }>(first.url, "SELECT current_database() AS db");
    expect(db).toBe("shop");
    await query(first.url, "CREATE TABLE kept (id int); INSERT INTO kept VALUES (42)");
    expect(runningPostmaster(dataDir)?.port).toBe(port);
    await first.stop();
    expect(existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false);
    expect(runningPostmaster(dataDir)).toBeUndefined();

    // Same folder again: the cluster is reused (no initdb), the row is still there.
    const second = await startEmbeddedPostgres({ dataDir, port, database: "shop" });
    started.push(second);
    const rows = await query<{ id: number }>(second.url, "SELECT id FROM kept");
    expect(rows).toEqual([{ id: 42 }]);
    await second.stop();
    expect(await second.exited).not.toBeUndefined();
    expect(existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false);
    expect(existsSync(path.join(dataDir, "PG_VERSION"))).toBe(true);
  });

  it("deletes a throwaway cluster on stop", async () => {
    const dataDir = testDir("throwaway");
    dirs.push(dataDir);
    const db = await startEmbeddedPostgres({ dataDir, port: await findFreePort(), persistent: false });
    started.push(db);
    expect(await query(db.url, "SELECT 1 AS one")).toEqual([{ one: 1 }]);
    await db.stop();
    expect(existsSync(dataDir)).toBe(false);
  });

  it("fails with one clear line when the port is taken", async () => {
    const blocker = net.createServer();
    const port = await findFreePort();
    await new Promise<void>((resolve) => blocker.listen(port, "127.0.0.1", resolve));
    const dataDir = testDir("busy");
    dirs.push(dataDir);
    try {
      const attempt = startEmbeddedPostgres({ dataDir, port });
      await expect(attempt).rejects.toBeInstanceOf(PortInUseError);
      await expect(attempt).rejects.toThrow(
        `Port ${port} is already in use, so the embedded PostgreSQL cannot start. ` +
          "Stop the program listening there or choose another port with EMBEDDED_PG_PORT=<port>.",
      );
      await attempt.catch((error: Error) => expect(error.message).not.toContain("\n"));
      // Nothing was created for a start that could not happen.
      expect(existsSync(path.join(dataDir, "PG_VERSION"))).toBe(false);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it("refuses to start a second postmaster on a folder that is in use", async () => {
    const dataDir = testDir("twice");
    dirs.push(dataDir);
    const db = await startEmbeddedPostgres({ dataDir, port: await findFreePort() });
    started.push(db);
    await expect(startEmbeddedPostgres({ dataDir, port: await findFreePort() })).rejects.toThrow(
      /is already running \(pid \d+/,
    );
    // The running one was not disturbed.
    expect(await query(db.url, "SELECT 1 AS one")).toEqual([{ one: 1 }]);
    await db.stop();
  });
});
