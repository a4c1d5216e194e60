import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { LoaderOptions } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ensureIndexes } from "../indexes"

/**
 * Ensures the dashboard's indexes at start-up (see indexes.ts). A failure is logged, never fatal:
 * the dashboard still answers without them, only slower.
 */
export default async function ensureIndexesLoader({ container }: LoaderOptions) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION, { allowUnregistered: true })
    if (!knex) return
    // Not through the service's executor: CREATE INDEX CONCURRENTLY cannot run in a transaction.
    // bind() yields plain SQL values (strings, numbers, dates, arrays), which Knex binds as given.
    const created = await ensureIndexes(async (text, values) => (await knex.raw(text, values as Knex.RawBinding[])).rows)
    if (created.length) {
      logger.info(`insights: created indexes ${created.join(", ")}`)
    }
  } catch (error) {
    logger.warn(`insights: could not ensure the dashboard's indexes: ${(error as Error).message}`)
  }
}
