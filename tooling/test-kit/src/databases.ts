import pg from "pg";

/** Where the test databases live: one PostgreSQL server, reached as `localhost` (see serverFromEnv). */
export interface TestServer {
  host: string;
  port: number;
  user: string;
  password: string;
}

/**
 * The server named by DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD (the variables Medusa's own test
 * utilities read). Medusa forces SSL on any URL that does not contain "localhost", so a loopback
 * address is spelled `localhost`.
 */
export function serverFromEnv(env: NodeJS.ProcessEnv = process.env): TestServer | undefined {
  if (!env.DB_HOST) return undefined;
  const host = env.DB_HOST === "127.0.0.1" || env.DB_HOST === "::1" ? "localhost" : env.DB_HOST;
  return {
    host,
    port: Number(env.DB_PORT || 5432),
    user: env.DB_USERNAME || "postgres",
    password: env.DB_PASSWORD ?? "",
  };
}

export function databaseUrl(server: TestServer, database: string): string {
  const auth = server.password
    ? `${encodeURIComponent(server.user)}:${encodeURIComponent(server.password)}`
    : encodeURIComponent(server.user);
  return `postgres://${auth}@${server.host}:${server.port}/${database}`;
}

function quote(identifier: string): string {
  if (!/^[a-z0-9_]+$/.test(identifier)) throw new Error(`not a test database name: ${identifier}`);
  return `"${identifier}"`;
}

/**
 * Creating and copying databases. Every statement runs on the maintenance database `postgres`
 * through one lazily opened session, because a database cannot be copied or dropped from inside.
 */
export class DatabaseAdmin {
  #client: Promise<pg.Client> | undefined;
  #strategy: Promise<"FILE_COPY" | "WAL_LOG"> | undefined;
  readonly server: TestServer;

  constructor(server: TestServer) {
    this.server = server;
  }

  async #session(): Promise<pg.Client> {
    this.#client ??= (async () => {
      const client = new pg.Client({ connectionString: databaseUrl(this.server, "postgres") });
      client.on("error", () => {
        this.#client = undefined;
      });
      await client.connect();
      return client;
    })();
    try {
      return await this.#client;
    } catch (error) {
      this.#client = undefined;
      throw error;
    }
  }

  async query(sql: string, params: unknown[] = []): Promise<pg.QueryResult> {
    return (await this.#session()).query(sql, params);
  }

  /**
   * Ends every other session on `database` (the app's pool reconnects on its next query) and waits
   * until they are gone (up to 5 s each), so nothing of theirs is still running afterwards. Work
   * still in flight (a subscriber of the test's last request, say) is given up to `graceMs` to
   * finish its statement or transaction first, so it is not cut off halfway (it would log an error
   * and its effect would be lost, which a test may be about to look for).
   */
  async disconnect(database: string, { graceMs = 2000 }: { graceMs?: number } = {}): Promise<void> {
    await this.quiet(database, graceMs);
    await this.query(
      "SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
      [database],
    );
  }

  /** Waits until no other session on `database` is running a statement or a transaction, for at most `graceMs`. */
  async quiet(database: string, graceMs: number): Promise<void> {
    const until = Date.now() + graceMs;
    for (;;) {
      const { rows } = await this.query(
        "SELECT count(*)::int AS busy FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid() AND state <> 'idle'",
        [database],
      );
      if (!rows[0]?.busy || Date.now() >= until) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  /**
   * Rows inserted, updated or deleted in `database` since it was created (PostgreSQL's own
   * statistics: every row change counts, committed or rolled back, from any session). A session
   * reports its counts when it ends, or at the latest some seconds after its last statement; so its
   * sessions are ended first and the count covers everything done in the database until now.
   */
  async rowChanges(database: string): Promise<number> {
    await this.disconnect(database);
    const { rows } = await this.query(
      "SELECT COALESCE(tup_inserted + tup_updated + tup_deleted, 0)::bigint AS changes FROM pg_stat_database WHERE datname = $1",
      [database],
    );
    return Number(rows[0]?.changes ?? 0);
  }

  async drop(database: string): Promise<void> {
    // FORCE terminates the sessions still connected (PostgreSQL 13+).
    await this.query(`DROP DATABASE IF EXISTS ${quote(database)} WITH (FORCE)`);
  }

  async create(database: string): Promise<void> {
    await this.drop(database);
    await this.query(`CREATE DATABASE ${quote(database)}`);
  }

  /**
   * `target` becomes an exact copy of `source` (dropped first). A source nobody connects to (the
   * run's templates, a file's snapshot) is copied as it is, by any number of workers at once. A
   * source in use (`inUse`: the worker's own database, under its app) must have no sessions while
   * it is copied: they are ended, and new ones are refused until the copy exists.
   * On a server without fsync (the throwaway embedded one) FILE_COPY copies the data files in one
   * go, several times faster than the default WAL_LOG for a database of Medusa's size; with fsync
   * on, the checkpoint FILE_COPY needs costs seconds, so WAL_LOG is used there.
   */
  async copy(source: string, target: string, { inUse = false }: { inUse?: boolean } = {}): Promise<void> {
    this.#strategy ??= this.query("SHOW fsync").then(({ rows }) =>
      rows[0]?.fsync === "off" ? "FILE_COPY" : "WAL_LOG",
    );
    const strategy = await this.#strategy;
    await this.drop(target);
    // Work in flight finishes first: once connections are refused, it could not go on.
    if (inUse) await this.quiet(source, 2000);
    if (inUse) await this.query(`ALTER DATABASE ${quote(source)} WITH ALLOW_CONNECTIONS false`);
    try {
      for (let attempt = 1; ; attempt++) {
        if (inUse) await this.disconnect(source, { graceMs: 0 });
        try {
          await this.query(`CREATE DATABASE ${quote(target)} TEMPLATE ${quote(source)} STRATEGY ${strategy}`);
          return;
        } catch (error) {
          // A session that was connecting while we ended the others, or another worker's copy of the
          // same template at the same moment.
          const message = String((error as Error).message);
          const transient = message.includes("being accessed by other users") || message.includes("concurrently");
          if (attempt >= 20 || !transient) throw error;
          await this.drop(target);
          await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
        }
      }
    } finally {
      if (inUse) await this.query(`ALTER DATABASE ${quote(source)} WITH ALLOW_CONNECTIONS true`);
    }
  }

  /** Names of the databases whose name starts with `prefix`. */
  async list(prefix: string): Promise<string[]> {
    const { rows } = await this.query("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [prefix]);
    return rows.map((row: { datname: string }) => row.datname);
  }

  async close(): Promise<void> {
    const client = this.#client;
    this.#client = undefined;
    await (await client?.catch(() => undefined))?.end().catch(() => undefined);
  }
}
