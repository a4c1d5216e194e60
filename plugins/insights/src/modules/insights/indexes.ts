import { bind, type SqlExecutor } from "./sql"

/**
 * Indexes the dashboard's statements rely on, on tables of other modules (order, cart, customer).
 * They are not in a migration because plugin modules migrate before Medusa's own modules on a
 * fresh database, when these tables do not exist yet; instead the module's loader ensures them at
 * start-up (`CREATE INDEX CONCURRENTLY IF NOT EXISTS`: no write lock, a no-op once they exist).
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
 * Creates the missing indexes; skips tables that do not exist yet (a fresh database during
 * `db:migrate`). Returns the names it created. Must not run inside a transaction (CONCURRENTLY).
 */
export async function ensureIndexes(sql: SqlExecutor): Promise<string[]> {
  const created: string[] = []
  for (const index of INSIGHTS_INDEXES) {
    const existing = bind(
      `SELECT to_regclass(:table) IS NOT NULL AS has_table,
              EXISTS (SELECT 1 FROM pg_indexes WHERE schemaname = current_schema() AND indexname = :name) AS has_index`,
      { table: `"${index.table}"`, name: index.name }
    )
    const [state] = await sql(existing.text, existing.values)
    if (!state?.has_table || state.has_index) continue
    await sql(`CREATE INDEX CONCURRENTLY IF NOT EXISTS "${index.name}" ${index.definition}`, [])
    created.push(index.name)
  }
  return created
}
