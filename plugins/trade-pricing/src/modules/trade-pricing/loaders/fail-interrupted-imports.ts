import type { LoaderOptions } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { failInterruptedImports } from "../../../lib/import-runner-lock"

/**
 * At every start: imports still `pending` or `running` whose runner is gone (see
 * import-runner-lock.ts) end as `failed` with "interrupted by a restart …", which also frees their
 * price list for a new import. Imports that a live process runs are left alone. Never fatal: a
 * database without the module's table yet (before its migration) has nothing to recover.
 */
export default async function failInterruptedImportsLoader({ container }: LoaderOptions) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const knex = container.resolve<Knex | undefined>(ContainerRegistrationKeys.PG_CONNECTION, { allowUnregistered: true })
  if (!knex) return
  try {
    const failed = await failInterruptedImports(knex)
    if (failed.length) {
      logger.warn(`trade-pricing: price imports interrupted by a restart marked failed: ${failed.join(", ")}`)
    }
  } catch (error) {
    if ((error as { code?: string }).code === "42P01") return // undefined_table: not migrated yet
    logger.warn(`trade-pricing: could not check for interrupted price imports: ${(error as Error).message}`)
  }
}
