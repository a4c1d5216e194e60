import pg from "pg";

/**
 * The launcher's notes, in the database itself, of the last successful run of each start-up step
 * ("migrate": `medusa db:migrate`; "provision": the demo merchant's seed): the fingerprint of what
 * the step ran with (see fingerprints.ts) and how many migrations Medusa's own bookkeeping tables
 * listed afterwards. Kept in the database, so a copy (CREATE DATABASE … TEMPLATE), a restore or
 * `npm run reset` carries or drops them together with the data they describe. Like Medusa's
 * `mikro_orm_migrations`, the table is bookkeeping of the launcher, not schema of the application.
 */
export const STEP_RECORD_TABLE = "hybrid_platform_step";

export type Step = "migrate" | "provision";

/** Medusa's bookkeeping: module migrations, link tables, migration scripts (finished ones). */
const BOOKKEEPING: Array<{ table: string; count: string }> = [
  { table: "mikro_orm_migrations", count: "SELECT count(*)::int AS n FROM mikro_orm_migrations" },
  { table: "link_module_migrations", count: "SELECT count(*)::int AS n FROM link_module_migrations" },
  {
    table: "script_migrations",
    count: "SELECT count(*)::int AS n FROM script_migrations WHERE finished_at IS NOT NULL",
  },
];

async function withClient<T>(url: string, body: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await body(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function tableExists(client: pg.Client, table: string): Promise<boolean> {
  const result = await client.query("SELECT to_regclass($1) IS NOT NULL AS found", [table]);
  return Boolean(result.rows[0]?.found);
}

/** "mikro_orm_migrations=212;link_module_migrations=40;script_migrations=6": changes with any rollback or manual edit. */
async function bookkeepingSummary(client: pg.Client): Promise<string> {
  const parts: string[] = [];
  for (const { table, count } of BOOKKEEPING) {
    if (!(await tableExists(client, table))) {
      parts.push(`${table}=absent`);
      continue;
    }
    const result = await client.query(count);
    parts.push(`${table}=${result.rows[0]?.n}`);
  }
  return parts.join(";");
}

export type StepCheck = { upToDate: true } | { upToDate: false; reason: string };

/**
 * Whether `step` last succeeded on this database with exactly this fingerprint, and Medusa's
 * migration bookkeeping still lists what it listed then. Anything unexpected (no record, another
 * fingerprint, a rolled-back migration, an error) answers "not up to date": running is the safe side.
 */
export async function checkStepRecord(url: string, step: Step, fingerprint: string): Promise<StepCheck> {
  try {
    return await withClient(url, async (client) => {
      if (!(await tableExists(client, STEP_RECORD_TABLE)))
        return { upToDate: false, reason: "no record of an earlier run" };
      const stored = await client.query(`SELECT fingerprint, bookkeeping FROM ${STEP_RECORD_TABLE} WHERE step = $1`, [
        step,
      ]);
      const row = stored.rows[0] as { fingerprint: string; bookkeeping: string } | undefined;
      if (!row) return { upToDate: false, reason: "no record of an earlier run" };
      if (row.fingerprint !== fingerprint) return { upToDate: false, reason: "its inputs changed since the last run" };
      if (row.bookkeeping !== (await bookkeepingSummary(client))) {
        return { upToDate: false, reason: "the database's migration tables changed since the last run" };
      }
      return { upToDate: true };
    });
  } catch (error) {
    return { upToDate: false, reason: `could not read the launcher's record (${(error as Error).message})` };
  }
}

/** Records a successful run of `step` with `fingerprint` (call it right after the step succeeded). */
export async function writeStepRecord(url: string, step: Step, fingerprint: string): Promise<void> {
  await withClient(url, async (client) => {
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${STEP_RECORD_TABLE} (
         step text PRIMARY KEY,
         fingerprint text NOT NULL,
         bookkeeping text NOT NULL,
         recorded_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    await client.query(
      `INSERT INTO ${STEP_RECORD_TABLE} (step, fingerprint, bookkeeping, recorded_at) VALUES ($1, $2, $3, now())
       ON CONFLICT (step) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, bookkeeping = EXCLUDED.bookkeeping, recorded_at = now()`,
      [step, fingerprint, await bookkeepingSummary(client)],
    );
  });
}

/** Forgets the record of `step` (before running it: a run that stops half-way must not leave a match behind). */
export async function clearStepRecord(url: string, step: Step): Promise<void> {
  await withClient(url, async (client) => {
    if (await tableExists(client, STEP_RECORD_TABLE))
      await client.query(`DELETE FROM ${STEP_RECORD_TABLE} WHERE step = $1`, [step]);
  });
}
