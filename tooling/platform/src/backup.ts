import { once } from "node:events";
import { createReadStream, createWriteStream, existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import pg from "pg";
import { STEP_RECORD_TABLE } from "./step-record.ts";

/**
 * Backups of the platform's data: every table of the database's `public` schema, its sequences,
 * and the uploaded files, in one gzip'd file of JSON lines.
 *
 * Why not pg_dump: the embedded PostgreSQL ships without it, and a pg_dump from the system refuses
 * a newer server. The schema is not in the file: it is what `medusa db:migrate` makes of the same
 * code. So a restore migrates an empty database first, checks that it now lists exactly the
 * migrations the backup's database listed (same code version), then loads the rows. The rows are
 * read by PostgreSQL itself (`row_to_json`) inside one REPEATABLE READ transaction (a consistent
 * snapshot, also while the platform takes orders) and written back with `json_populate_recordset`,
 * so every value keeps its exact type: numerics, timestamps, jsonb, arrays.
 *
 * The file: line 1 is the header (format, version, when, what it holds); then for each table a
 * line `{"table": name, "columns": [...], "rows": n}` followed by exactly n lines, one row each
 * as PostgreSQL wrote it; then for each uploaded file `{"file": relative path, "bytes": n}` and one
 * line of its content in base64; then `{"end": true}`. A file cut short is refused at restore.
 */
export const BACKUP_FORMAT = "hybrid-commerce-backup";
export const BACKUP_VERSION = 1;

/** Medusa's own bookkeeping of what was migrated: a restore needs the same on both sides. */
const MIGRATION_BOOKKEEPING = [
  { table: "mikro_orm_migrations", column: "name" },
  { table: "link_module_migrations", column: "table_name" },
] as const;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  /** The database it was taken from, without credentials (host:port/name). */
  source: string;
  serverVersion: string;
  /** Names from Medusa's migration tables at the time of the backup. */
  migrations: string[];
  tables: Array<{ name: string; rows: number; definition: TableDefinition }>;
  sequences: Array<{ name: string; lastValue: string; isCalled: boolean }>;
  files: Array<{ path: string; bytes: number }>;
}

/**
 * A table's shape as the database had it: used only for tables that `medusa db:migrate` does not
 * create, which modules make while running (the search module's document tables, one per index
 * version, listed in its catalog).
 */
export interface TableDefinition {
  columns: Array<{ name: string; type: string; notNull: boolean; default: string | null; generated: string | null }>;
  /** `ALTER TABLE … ADD CONSTRAINT` bodies (primary key, unique, check, foreign key), by name. */
  constraints: Array<{ name: string; definition: string; foreignKey: boolean }>;
  /** `CREATE INDEX` statements of indexes no constraint owns. */
  indexes: string[];
}

export type Progress = (message: string) => void;

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupError";
  }
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** host:port/database of a connection string, never its password. */
export function describeDatabase(url: string): string {
  const where = new URL(url);
  return `${where.hostname}:${where.port || 5432}${where.pathname}`;
}

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

/** Tables of the public schema, by name. */
async function publicTables(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY 1`,
  );
  return rows.map((r) => r.name);
}

/**
 * The tables a backup holds: all of the public schema but the launcher's record of its own runs
 * on that database (step-record.ts). Without it, the first start after a restore runs the
 * migrations and the idempotent provisioning once and finds nothing to change.
 */
async function backedUpTables(client: pg.Client): Promise<string[]> {
  return (await publicTables(client)).filter((name) => name !== STEP_RECORD_TABLE);
}

/** A table's columns that take values (generated columns are computed again on restore). */
async function writableColumns(client: pg.Client, table: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT a.attname AS name FROM pg_attribute a
      WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      ORDER BY a.attnum`,
    [`public.${quoteIdent(table)}`],
  );
  return rows.map((r) => r.name);
}

async function tableDefinition(client: pg.Client, table: string): Promise<TableDefinition> {
  const relation = `public.${quoteIdent(table)}`;
  const columns = await client.query<{
    name: string;
    type: string;
    not_null: boolean;
    default: string | null;
    generated: string;
  }>(
    `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS not_null,
            pg_get_expr(d.adbin, d.adrelid) AS default, a.attgenerated AS generated
       FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum`,
    [relation],
  );
  const constraints = await client.query<{ name: string; definition: string; foreign_key: boolean }>(
    `SELECT conname AS name, pg_get_constraintdef(oid) AS definition, contype = 'f' AS foreign_key
       FROM pg_constraint WHERE conrelid = $1::regclass AND contype IN ('p', 'u', 'c', 'f', 'x') ORDER BY conname`,
    [relation],
  );
  const indexes = await client.query<{ statement: string }>(
    `SELECT pg_get_indexdef(i.indexrelid) AS statement FROM pg_index i
      WHERE i.indrelid = $1::regclass
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.conrelid = i.indrelid)
      ORDER BY 1`,
    [relation],
  );
  return {
    columns: columns.rows.map((c) => ({
      name: c.name,
      type: c.type,
      notNull: c.not_null,
      default: c.generated ? null : c.default,
      generated: c.generated ? c.default : null,
    })),
    constraints: constraints.rows.map((c) => ({ name: c.name, definition: c.definition, foreignKey: c.foreign_key })),
    indexes: indexes.rows.map((i) => i.statement),
  };
}

/** Creates a table of the backup that this version's migrations do not make (see TableDefinition). */
async function createTable(client: pg.Client, table: string, definition: TableDefinition): Promise<void> {
  const columns = definition.columns.map((c) =>
    [
      quoteIdent(c.name),
      c.type,
      c.generated ? `GENERATED ALWAYS AS (${c.generated}) STORED` : "",
      c.default !== null ? `DEFAULT ${c.default}` : "",
      c.notNull ? "NOT NULL" : "",
    ]
      .filter(Boolean)
      .join(" "),
  );
  await client.query(`CREATE TABLE public.${quoteIdent(table)} (${columns.join(", ")})`);
  for (const constraint of definition.constraints.filter((c) => !c.foreignKey)) {
    await client.query(
      `ALTER TABLE public.${quoteIdent(table)} ADD CONSTRAINT ${quoteIdent(constraint.name)} ${constraint.definition}`,
    );
  }
  for (const statement of definition.indexes) await client.query(statement);
}

async function migrationNames(client: pg.Client): Promise<string[]> {
  const names: string[] = [];
  for (const { table, column } of MIGRATION_BOOKKEEPING) {
    const { rows } = await client.query<{ found: boolean }>("SELECT to_regclass($1) IS NOT NULL AS found", [
      `public.${table}`,
    ]);
    if (!rows[0]?.found) continue;
    const result = await client.query<{ name: string }>(
      `SELECT ${quoteIdent(column)} AS name FROM public.${quoteIdent(table)} ORDER BY 1`,
    );
    names.push(...result.rows.map((r) => `${table}:${r.name}`));
  }
  return names;
}

async function filesUnder(root: string): Promise<Array<{ path: string; bytes: number }>> {
  if (!existsSync(root)) return [];
  const found: Array<{ path: string; bytes: number }> = [];
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    found.push({ path: path.relative(root, full).split(path.sep).join("/"), bytes: (await stat(full)).size });
  }
  return found.sort((a, b) => a.path.localeCompare(b.path));
}

/** Writes a line, waiting when the stream's buffer is full (large tables stay out of memory). */
async function writeLine(out: NodeJS.WritableStream, line: string): Promise<void> {
  if (!out.write(`${line}\n`)) await once(out, "drain");
}

/**
 * Backs up the database at `url` and the files under `uploadsDir` into `file` (gzip'd JSON lines).
 * Reads one consistent snapshot; the platform may keep running. Returns the header it wrote.
 */
export async function writeBackup(options: {
  url: string;
  uploadsDir: string;
  file: string;
  progress?: Progress;
}): Promise<BackupHeader> {
  const { url, uploadsDir, file, progress = () => {} } = options;
  const client = await connect(url);
  await mkdir(path.dirname(file), { recursive: true });
  const gzip = createGzip();
  const done = pipeline(gzip, createWriteStream(file));
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const tables = await backedUpTables(client);
    const counts: BackupHeader["tables"] = [];
    for (const name of tables) {
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM public.${quoteIdent(name)}`);
      counts.push({ name, rows: Number(rows[0]?.n ?? 0), definition: await tableDefinition(client, name) });
    }
    const sequenceNames = await client.query<{ name: string }>(
      "SELECT sequencename AS name FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1",
    );
    const sequences: BackupHeader["sequences"] = [];
    for (const { name } of sequenceNames.rows) {
      const { rows } = await client.query<{ last_value: string; is_called: boolean }>(
        `SELECT last_value::text, is_called FROM public.${quoteIdent(name)}`,
      );
      sequences.push({ name, lastValue: rows[0]!.last_value, isCalled: rows[0]!.is_called });
    }
    const files = await filesUnder(uploadsDir);
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: new Date().toISOString(),
      source: describeDatabase(url),
      serverVersion: (await client.query<{ v: string }>("SHOW server_version")).rows[0]!.v,
      migrations: await migrationNames(client),
      tables: counts,
      sequences,
      files,
    };
    await writeLine(gzip, JSON.stringify(header));

    const totalRows = counts.reduce((sum, t) => sum + t.rows, 0);
    let rowsWritten = 0;
    let lastReport = Date.now();
    for (const { name, rows } of counts) {
      const columns = await writableColumns(client, name);
      await writeLine(gzip, JSON.stringify({ table: name, columns, rows }));
      if (rows === 0) continue;
      const list = columns.map(quoteIdent).join(", ");
      await client.query(
        // A line per row: a raw line break can only be JSON whitespace (inside a string it is
        // escaped), e.g. in a pretty-printed json column, so it becomes a space.
        `DECLARE backup_rows NO SCROLL CURSOR FOR
           SELECT translate(row_to_json(r)::text, E'\n\r', '  ') AS line
             FROM (SELECT ${list} FROM public.${quoteIdent(name)}) r`,
      );
      let written = 0;
      for (;;) {
        const batch = await client.query<{ line: string }>("FETCH 1000 FROM backup_rows");
        if (batch.rows.length === 0) break;
        for (const row of batch.rows) await writeLine(gzip, row.line);
        written += batch.rows.length;
        rowsWritten += batch.rows.length;
        if (Date.now() - lastReport > 2000) {
          progress(`rows ${rowsWritten.toLocaleString("en")} of ${totalRows.toLocaleString("en")} (${name})`);
          lastReport = Date.now();
        }
      }
      await client.query("CLOSE backup_rows");
      // Counted in the same snapshot: anything else means the file would not restore what it says.
      if (written !== rows) throw new BackupError(`table ${name}: counted ${rows} rows, read ${written}`);
    }
    await client.query("COMMIT");
    progress(`${totalRows.toLocaleString("en")} rows of ${counts.length} tables written; ${files.length} files next`);

    for (const entry of files) {
      await writeLine(gzip, JSON.stringify({ file: entry.path, bytes: entry.bytes }));
      await writeLine(gzip, (await readFile(path.join(uploadsDir, entry.path))).toString("base64"));
    }
    await writeLine(gzip, JSON.stringify({ end: true }));
    gzip.end();
    await done;
    return header;
  } catch (error) {
    gzip.destroy();
    await done.catch(() => undefined);
    await rm(file, { force: true });
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Reads a backup line by line; `next()` fails clearly on a file that ends too early. */
function lineReader(file: string) {
  const input = createReadStream(file).pipe(createGunzip());
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })[Symbol.asyncIterator]();
  return {
    async next(what: string): Promise<string> {
      const { value, done } = await lines.next();
      if (done) throw new BackupError(`the backup ends early (expected ${what}): the file is incomplete`);
      return value;
    },
    close: () => input.destroy(),
  };
}

function parseHeader(line: string, file: string): BackupHeader {
  let header: BackupHeader;
  try {
    header = JSON.parse(line);
  } catch {
    throw new BackupError(`${file} is not a Hybrid Commerce backup (its first line is not JSON)`);
  }
  if (header?.format !== BACKUP_FORMAT) throw new BackupError(`${file} is not a Hybrid Commerce backup`);
  if (header.version !== BACKUP_VERSION) {
    throw new BackupError(`${file} is a backup of format version ${header.version}; this code reads ${BACKUP_VERSION}`);
  }
  return header;
}

/** The header of a backup file (what it holds), without reading the rest. */
export async function readBackupHeader(file: string): Promise<BackupHeader> {
  const reader = lineReader(file);
  try {
    return parseHeader(await reader.next("the header"), file);
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${file} could not be read as a backup: ${(error as Error).message}`);
  } finally {
    reader.close();
  }
}

/**
 * Reads the whole backup and checks its structure (every table's row count, every file's size,
 * the end mark) without loading anything. Returns its header.
 */
export async function verifyBackup(file: string, progress: Progress = () => {}): Promise<BackupHeader> {
  const header = await readBackupHeader(file);
  const reader = lineReader(file);
  try {
    await reader.next("the header");
    for (const expected of header.tables) {
      const section = JSON.parse(await reader.next(`table ${expected.name}`)) as { table: string; rows: number };
      if (section.table !== expected.name || section.rows !== expected.rows) {
        throw new BackupError(`the backup is damaged: expected table ${expected.name}, found ${section.table}`);
      }
      for (let i = 0; i < section.rows; i++) await reader.next(`row ${i + 1} of ${section.table}`);
    }
    for (const expected of header.files) {
      const entry = JSON.parse(await reader.next(`file ${expected.path}`)) as { file: string; bytes: number };
      const data = await reader.next(`the content of ${expected.path}`);
      if (entry.file !== expected.path || Buffer.byteLength(data, "base64") !== expected.bytes) {
        throw new BackupError(`the backup is damaged at file ${expected.path}`);
      }
    }
    const end = JSON.parse(await reader.next("its end mark")) as { end?: boolean };
    if (!end.end) throw new BackupError("the backup is damaged: no end mark after the files");
    const rows = header.tables.reduce((sum, t) => sum + t.rows, 0);
    progress(`backup of ${header.createdAt} checked: ${rows.toLocaleString("en")} rows, ${header.files.length} files`);
    return header;
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${file} could not be read as a backup: ${(error as Error).message}`);
  } finally {
    reader.close();
  }
}

/** Differences between two lists of migration names, for the message that refuses a restore. */
function migrationDifference(backup: string[], target: string[]): string | undefined {
  const inBackup = new Set(backup);
  const inTarget = new Set(target);
  const onlyBackup = backup.filter((m) => !inTarget.has(m));
  const onlyTarget = target.filter((m) => !inBackup.has(m));
  if (onlyBackup.length === 0 && onlyTarget.length === 0) return undefined;
  const sample = (list: string[]) => `${list.slice(0, 3).join(", ")}${list.length > 3 ? `, … (${list.length})` : ""}`;
  return [
    onlyBackup.length ? `the backup's database had migrations this code does not have: ${sample(onlyBackup)}` : "",
    onlyTarget.length ? `this code has migrations the backup's database had not run: ${sample(onlyTarget)}` : "",
  ]
    .filter(Boolean)
    .join("; ");
}

/**
 * Restores `file` into the database at `url` and the uploads folder.
 *
 * The database must hold no tables, or `replace` must be set (its public schema is then dropped
 * first, and the uploads folder emptied). `migrate` creates the schema of this code version
 * (`medusa db:migrate`); the restore goes on only when the migrations it lists are exactly the
 * backup's. Then all rows go in within one transaction (foreign keys are checked by the data's
 * own consistency: it is one snapshot), the sequences are set, and the files are written.
 */
export async function restoreBackup(options: {
  file: string;
  url: string;
  uploadsDir: string;
  replace?: boolean;
  migrate: () => Promise<void>;
  progress?: Progress;
}): Promise<BackupHeader> {
  const { file, url, uploadsDir, replace = false, migrate, progress = () => {} } = options;
  // The whole file first: nothing is dropped for a backup that turns out cut short or damaged.
  const header = await verifyBackup(file, progress);

  const admin = await connect(url);
  try {
    const existing = await publicTables(admin);
    if (existing.length > 0) {
      if (!replace) {
        throw new BackupError(
          `${describeDatabase(url)} already holds ${existing.length} tables: restore into an empty database, or pass --replace to overwrite it`,
        );
      }
      // A database of another version than the backup's is not dropped for a restore that cannot go on.
      const difference = migrationDifference(header.migrations, await migrationNames(admin));
      if (difference) {
        throw new BackupError(
          `${describeDatabase(url)} is at another version than the backup, so it is left as it is: ${difference}`,
        );
      }
      progress(`dropping the ${existing.length} tables of ${describeDatabase(url)} (--replace)`);
      await admin.query("DROP SCHEMA public CASCADE");
      await admin.query("CREATE SCHEMA public");
    }
  } finally {
    await admin.end().catch(() => undefined);
  }

  progress("creating the schema of this code version (medusa db:migrate)...");
  await migrate();

  const client = await connect(url);
  const reader = lineReader(file);
  try {
    const difference = migrationDifference(header.migrations, await migrationNames(client));
    if (difference) {
      throw new BackupError(`the backup was taken with another version of the platform: ${difference}`);
    }
    await reader.next("the header");
    await client.query("BEGIN");
    // Rows go in table by table in any order; the snapshot they come from is consistent, so
    // foreign keys hold at the end. Needs a superuser (the embedded PostgreSQL's postgres is one).
    await client.query("SET LOCAL session_replication_role = replica").catch((error: Error) => {
      throw new BackupError(
        `restoring needs a PostgreSQL superuser (to load tables in any order): ${error.message.split("\n")[0]}`,
      );
    });
    const tables = await publicTables(client);
    if (tables.length > 0) await client.query(`TRUNCATE ${tables.map((t) => `public.${quoteIdent(t)}`).join(", ")}`);
    // Tables modules make while running (not by migrations) are made again as the backup had them,
    // and those the migration made that the backup had not (e.g. a search index version since
    // replaced) are dropped: the schema is the backup's database's, table for table.
    const inBackup = new Set(header.tables.map((t) => t.name));
    const extra = tables.filter((t) => !inBackup.has(t));
    for (const table of extra) await client.query(`DROP TABLE public.${quoteIdent(table)} CASCADE`);
    if (extra.length > 0) progress(`dropped ${extra.length} empty tables the backup has not: ${extra.join(", ")}`);
    const made = header.tables.filter((t) => !tables.includes(t.name));
    for (const table of made) await createTable(client, table.name, table.definition);
    if (made.length > 0)
      progress(`created ${made.length} tables no migration makes: ${made.map((t) => t.name).join(", ")}`);
    for (const table of made) {
      for (const constraint of table.definition.constraints.filter((c) => c.foreignKey)) {
        await client.query(
          `ALTER TABLE public.${quoteIdent(table.name)} ADD CONSTRAINT ${quoteIdent(constraint.name)} ${constraint.definition}`,
        );
      }
    }

    const totalRows = header.tables.reduce((sum, t) => sum + t.rows, 0);
    let rowsLoaded = 0;
    let lastReport = Date.now();
    for (const expected of header.tables) {
      const section = JSON.parse(await reader.next(`table ${expected.name}`)) as {
        table: string;
        columns: string[];
        rows: number;
      };
      if (section.table !== expected.name || section.rows !== expected.rows) {
        throw new BackupError(`the backup is damaged: expected table ${expected.name}, found ${section.table}`);
      }
      const list = section.columns.map(quoteIdent).join(", ");
      const insert = `INSERT INTO public.${quoteIdent(section.table)} (${list})
        SELECT ${list} FROM json_populate_recordset(NULL::public.${quoteIdent(section.table)}, $1::json)`;
      let batch: string[] = [];
      let batchBytes = 0;
      const flush = async () => {
        if (batch.length === 0) return;
        await client.query(insert, [`[${batch.join(",")}]`]);
        rowsLoaded += batch.length;
        batch = [];
        batchBytes = 0;
        if (Date.now() - lastReport > 2000) {
          progress(`rows ${rowsLoaded.toLocaleString("en")} of ${totalRows.toLocaleString("en")} (${section.table})`);
          lastReport = Date.now();
        }
      };
      for (let i = 0; i < section.rows; i++) {
        const line = await reader.next(`row ${i + 1} of ${section.table}`);
        batch.push(line);
        batchBytes += line.length;
        // Up to 1,000 rows or 8 MB a statement: workflow checkpoints can be large.
        if (batch.length === 1000 || batchBytes > 8 * 1024 * 1024) await flush();
      }
      await flush();
    }
    for (const sequence of header.sequences) {
      await client.query("SELECT setval($1::regclass, $2::bigint, $3)", [
        `public.${quoteIdent(sequence.name)}`,
        sequence.lastValue,
        sequence.isCalled,
      ]);
    }

    // Files are read before the commit: a cut-off file loses nothing already in the database.
    const files: Array<{ path: string; data: Buffer }> = [];
    for (const expected of header.files) {
      const entry = JSON.parse(await reader.next(`file ${expected.path}`)) as { file: string; bytes: number };
      const data = Buffer.from(await reader.next(`the content of ${expected.path}`), "base64");
      const target = path.resolve(uploadsDir, entry.file);
      if (
        entry.file !== expected.path ||
        data.length !== expected.bytes ||
        !target.startsWith(path.resolve(uploadsDir) + path.sep)
      ) {
        throw new BackupError(`the backup is damaged at file ${expected.path}`);
      }
      files.push({ path: entry.file, data });
    }
    const end = JSON.parse(await reader.next("its end mark")) as { end?: boolean };
    if (!end.end) throw new BackupError("the backup is damaged: no end mark after the files");
    await client.query("COMMIT");
    progress(`${rowsLoaded.toLocaleString("en")} rows of ${header.tables.length} tables restored`);

    if (replace) await rm(uploadsDir, { recursive: true, force: true });
    for (const entry of files) {
      const target = path.join(uploadsDir, entry.path);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, entry.data);
    }
    progress(`${files.length} uploaded files restored into ${uploadsDir}`);
    return header;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    reader.close();
    await client.end().catch(() => undefined);
  }
}
