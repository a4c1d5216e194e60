import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { provision } from "../lib/provisioning"
import { isProduction } from "../lib/platform-config"

/**
 * `medusa exec ./src/scripts/provision.ts` — run by the launcher after migrations on every start.
 * Idempotent; creates the demo accounts only outside production.
 */
export default async function provisionScript({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const started = Date.now()
  await provision(container, {
    demoAccounts: !isProduction(process.env),
    log: (message) => logger.info(`provision: ${message}`),
  })
  logger.info(`provision: done in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
