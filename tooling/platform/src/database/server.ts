import pg from "pg";

export interface ServerConnection {
  host: string;
  port: number;
  user?: string;
  password?: string;
  ssl?: pg.ClientConfig["ssl"];
}

export async function createDatabaseIfMissing(server: ServerConnection, database: string): Promise<boolean> {
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
  if (!database)
    throw new Error("DATABASE_URL names no database (expected postgres://user:password@host:port/database).");
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
    throw new Error(
      `Database "${database}" does not exist on ${where} and could not be created: ${(error as Error).message}`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}
