import type { MedusaContainer } from "@medusajs/framework/types"
import { updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { query } from "./lookups"

export async function ensureStoreCurrencies(container: MedusaContainer) {
  const {
    data: stores,
  }: { data: { id: string; supported_currencies?: ({ currency_code: string } | null)[] | null }[] } = await query(
    container
  ).graph({
    entity: "store",
    fields: ["id", "supported_currencies.currency_code"],
  })
  const store = stores[0]
  const have = new Set((store.supported_currencies ?? []).map((c) => c?.currency_code))
  if (have.has("eur") && have.has("usd")) {
    return
  }
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        supported_currencies: [{ currency_code: "eur", is_default: true }, { currency_code: "usd" }],
      },
    },
  })
}
