import type { MedusaContainer } from "@medusajs/framework/types"
import { ensureChannelsAndKeys } from "./channels"
import { ensureDemoAccounts } from "./demo-accounts"
import { ensureDemoShopper } from "./demo-shopper"
import { ensureFulfillment } from "./fulfillment"
import { ensureCategories, ensureProducts } from "./products"
import { ensureRegions } from "./regions"
import { ensureStoreCurrencies } from "./store"
import { ensureQuantityRules, ensureTradePricing } from "./trade-pricing"

export {
  DEMO_ACCOUNTS,
  DEMO_APPROVAL_RULES,
  DEMO_TEAM,
  REGIONS,
  STOCK_LOCATION_NAME,
  TRADE_PRICE_LIST_TITLE,
} from "./demo-merchant"

export type ProvisionOptions = {
  /** Create the demo admin, trade buyer and consumer (never in production). */
  demoAccounts: boolean
  log?: (message: string) => void
}

/**
 * Brings a migrated database to the demo merchant's state. Idempotent: every record is looked up by
 * its natural key (name, handle, title, email) and created only when missing, so any number of runs
 * leaves the same counts.
 */
export async function provision(container: MedusaContainer, options: ProvisionOptions) {
  const log = options.log ?? (() => {})
  const steps: [string, () => Promise<unknown>][] = [
    ["store currencies", () => ensureStoreCurrencies(container)],
    ["sales channels and publishable keys", () => ensureChannelsAndKeys(container)],
    ["regions and taxes", () => ensureRegions(container)],
    ["stock location and shipping", () => ensureFulfillment(container)],
    ["categories", () => ensureCategories(container)],
    ["products and inventory", () => ensureProducts(container, log)],
    ["trade customer group and price list", () => ensureTradePricing(container)],
    ["trade quantity rules", () => ensureQuantityRules(container)],
  ]
  if (options.demoAccounts) {
    steps.push(["demo accounts", () => ensureDemoAccounts(container)])
    steps.push(["demo consumer account", () => ensureDemoShopper(container)])
  }
  for (const [index, [label, run]] of steps.entries()) {
    log(`[${index + 1}/${steps.length}] ${label}`)
    await run()
  }
}
