import { bind, type SqlExecutor } from "./sql"

/**
 * Indexes the dashboard's statements rely on, on tables of other modules (order, cart, customer).
 * They cannot be a migration of the insights module: module migrations may run before Medusa's own
 * modules have created these tables (a fresh database). They are created by the plugin's migration
 * script `src/migration-scripts/insights-dashboard-indexes.ts`, which `medusa db:migrate` runs once,
 * after every module's migrations and the links. Nothing creates them at start-up.
 */
export const INSIGHTS_INDEXES: Array<{ name: string; table: string; definition: string }> = [
  {
    // Period scans per currency, newest first; INCLUDE lets the planner skip the heap for most filters.
    name: "IDX_insights_order_currency_created_at",
    table: "order",
    definition: `ON "order" (currency_code, created_at) INCLUDE (sales_channel_id, status, is_draft_order, customer_id, version) WHERE deleted_at IS NULL`,
  },
  {
    // "Has this person ordered before?" probes and the 360's email match.
    name: "IDX_insights_order_email_created_at",
    table: "order",
    definition: `ON "order" (lower(email), created_at) INCLUDE (sales_channel_id, status, is_draft_order) WHERE deleted_at IS NULL`,
  },
  {
    name: "IDX_insights_cart_currency_created_at",
    table: "cart",
    definition: `ON cart (currency_code, created_at) INCLUDE (sales_channel_id, completed_at) WHERE deleted_at IS NULL`,
  },
  {
    name: "IDX_insights_cart_email",
    table: "cart",
    definition: `ON cart (lower(email)) WHERE deleted_at IS NULL AND email IS NOT NULL`,
  },
  {
    name: "IDX_insights_customer_email",
    table: "customer",
    definition: `ON customer (lower(email)) WHERE deleted_at IS NULL`,
  },
]

/**
 * Creates the missing indexes and returns the names it created; a valid index that exists is kept.
 * `CREATE INDEX CONCURRENTLY` takes no write lock on the (possibly large) tables, so it must not
 * run inside a transaction; a concurrent build that was interrupted leaves an invalid index, which
 * is dropped and built again. Skips a table that does not exist (a Medusa module not installed).
 */
export async function ensureIndexes(sql: SqlExecutor): Promise<string[]> {
  const created: string[] = []
  for (const index of INSIGHTS_INDEXES) {
    const existing = bind(
      `SELECT to_regclass(:table) IS NOT NULL AS has_table,
              (SELECT i.indisvalid FROM pg_index i WHERE i.indexrelid = to_regclass(:quoted_name)) AS is_valid`,
      { table: `"${index.table}"`, quoted_name: `"${index.name}"` }
    )
    const [state] = await sql(existing.text, existing.values)
    if (!state?.has_table || state.is_valid === true) continue
    if (state.is_valid === false) {
      await sql(`DROP INDEX CONCURRENTLY IF EXISTS "${index.name}"`, [])
    }
    await sql(`CREATE INDEX CONCURRENTLY IF NOT EXISTS "${index.name}" ${index.definition}`, [])
    created.push(index.name)
  }
  return created
}
