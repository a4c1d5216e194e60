import type { IStoreModuleService, MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"

/**
 * The store's own currencies. A currency code's shape (`currencyCode` in `./fields`) lets any
 * three letters through ("NaN" included); anything the store keys by currency (a review rule, a
 * price, a company's currency) must use one of these.
 */

/** The store's supported currency codes, lower-case (empty when no store exists yet). */
export async function storeCurrencies(container: Pick<MedusaContainer, "resolve">): Promise<string[]> {
  const [store] = await container
    .resolve<IStoreModuleService>(Modules.STORE)
    .listStores({}, { relations: ["supported_currencies"], take: 1 })
  return (store?.supported_currencies ?? []).map((currency) => currency.currency_code.toLowerCase())
}

/**
 * Throws a 400 (`invalid_data`, message starting with `field`) unless `code` is one of the
 * store's currencies. Call it where the write happens (a workflow step), so every caller is held
 * to it, not only the HTTP route.
 *
 * @example await assertStoreCurrency(container, "currency_code", input.currency_code)
 */
export async function assertStoreCurrency(
  container: Pick<MedusaContainer, "resolve">,
  field: string,
  code: string
): Promise<void> {
  const allowed = await storeCurrencies(container)
  if (!allowed.includes(code.toLowerCase())) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${field}: expected one of this store's currencies (${allowed.join(", ") || "none configured"}), not ${JSON.stringify(code)}`
    )
  }
}
