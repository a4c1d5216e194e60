import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/**
 * Who is running a price list import, as PostgreSQL sees it. The process that runs an import holds
 * a session-level advisory lock on it (keyed by the import id) on a connection of its own, from
 * before the import row exists until the import ends. PostgreSQL drops the lock with the
 * connection, so when that process dies (a restart, a crash, a killed container) the lock is free
 * at once, while a live process on any host keeps it. An import that is `pending` or `running`
 * and whose lock is free was therefore left behind by a dead process.
 *
 * Needs session-level locks, i.e. a direct connection or a pooler in session mode (not pgbouncer's
 * transaction mode).
 */

/** First key of the two-key advisory lock: every import lock lives in this namespace. */
const LOCK_NAMESPACE = "hybrid.trade-pricing.price-import"

/** The error an import left behind by a dead process ends with. */
export const INTERRUPTED_IMPORT_ERROR =
  "interrupted by a restart: the server running this import stopped before it finished. Prices it had written are kept; import the file again to finish it."

type PgConnection = { query(text: string, values?: unknown[]): Promise<unknown> }

/** Releases an import's lock and gives its connection back to the pool. */
export type ImportLockRelease = () => Promise<void>

/**
 * Takes the runner's lock on `importId` on a dedicated pooled connection. Call it before the
 * import row is created (with a pre-generated id), so no moment exists where the row is pending
 * and unlocked; call the returned function when the import has ended, whatever the outcome.
 */
export async function holdImportLock(knex: Knex, importId: string): Promise<ImportLockRelease> {
  const connection = (await knex.client.acquireConnection()) as PgConnection
  try {
    await connection.query("SELECT pg_advisory_lock(hashtext($1), hashtext($2))", [LOCK_NAMESPACE, importId])
  } catch (error) {
    await knex.client.releaseConnection(connection)
    throw error
  }
  let released = false
  return async () => {
    if (released) return
    released = true
    try {
      await connection.query("SELECT pg_advisory_unlock(hashtext($1), hashtext($2))", [LOCK_NAMESPACE, importId])
    } finally {
      await knex.client.releaseConnection(connection)
    }
  }
}

/**
 * Marks every `pending` or `running` import whose runner's lock is free as `failed` with
 * INTERRUPTED_IMPORT_ERROR, and returns their ids. One statement: the probe takes each free lock
 * for the statement's transaction only, so a runner starting meanwhile waits a moment, never loses.
 * Imports of live processes (on this host or another) are left alone.
 */
export async function failInterruptedImports(knex: Knex): Promise<string[]> {
  const result = (await knex.raw(
    `UPDATE price_import
        SET status = 'failed', error = ?, finished_at = now(), updated_at = now()
      WHERE status IN ('pending', 'running')
        AND deleted_at IS NULL
        AND pg_try_advisory_xact_lock(hashtext(?), hashtext(id))
      RETURNING id`,
    [INTERRUPTED_IMPORT_ERROR, LOCK_NAMESPACE]
  )) as { rows: { id: string }[] }
  return result.rows.map((row) => row.id)
}
