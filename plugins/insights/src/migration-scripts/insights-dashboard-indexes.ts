import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ensureIndexes } from "../modules/insights/indexes"

/**
 * Creates the dashboard's indexes on the order, cart and customer tables (see INSIGHTS_INDEXES).
 * A migration script, not a module migration: `medusa db:migrate` runs it once (recorded in
 * `script_migrations`), after every module has migrated, so the tables exist. Databases whose
 * indexes an earlier version created at start-up keep them (the script finds them valid).
 */
export default async function insightsDashboardIndexes({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  // The shared connection outside any transaction: CREATE INDEX CONCURRENTLY refuses to run in one.
  // ensureIndexes binds only names (strings).
  const created = await ensureIndexes(async (text, values) => (await knex.raw(text, values as string[])).rows)
  logger.info(
    created.length ? `insights: created indexes ${created.join(", ")}` : "insights: dashboard indexes already present"
  )
}
