import type { IPricingModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { priceKey, readPriceCsv, validatePriceRows, type CsvError, type ExportPrice } from "./price-csv"

type Resolver = Pick<MedusaContainer, "resolve">
type StoreCurrencies = { supported_currencies?: ({ currency_code: string } | null)[] | null }

export type PriceToCreate = { price_set_id: string; currency_code: string; amount: number; min_quantity: number }
export type PriceToUpdate = PriceToCreate & { id: string; previous_amount: number }

export type ImportPlan = {
  rows: number
  to_create: PriceToCreate[]
  to_update: PriceToUpdate[]
  errors: CsvError[]
}

/** The price list or 404 naming it. */
export async function priceListOr404(container: Resolver, id: string) {
  const pricing = container.resolve<IPricingModuleService>(Modules.PRICING)
  const [list] = await pricing.listPriceLists({ id: [id] }, { select: ["id", "title"], take: 1 })
  if (!list) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Price list ${id} not found`)
  }
  return list
}

/** The list's prices without price rules (the ones a CSV row addresses), keyed by priceKey. */
async function listPrices(pricing: IPricingModuleService, priceListId: string) {
  const prices = await pricing.listPrices(
    { price_list_id: [priceListId] },
    { select: ["id", "price_set_id", "currency_code", "amount", "min_quantity", "rules_count"], take: null }
  )
  return prices.filter((p) => !Number((p as { rules_count?: number }).rules_count ?? 0))
}

/**
 * Reads and validates a CSV against the catalog, the store's currencies and the list's current
 * prices: which rows create a price, which update one (same variant, currency and min_quantity),
 * and every error line by line. Writes nothing.
 */
export async function planImport(
  container: Resolver,
  priceListId: string,
  csv: string,
  maxRows: number
): Promise<ImportPlan> {
  const read = readPriceCsv(csv)
  if (read.errors.length) {
    return { rows: 0, to_create: [], to_update: [], errors: read.errors }
  }
  if (read.rows.length > maxRows) {
    return {
      rows: read.rows.length,
      to_create: [],
      to_update: [],
      errors: [{ line: 1, field: "csv", message: `csv: at most ${maxRows} rows per import (got ${read.rows.length})` }],
    }
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const skus = [...new Set(read.rows.map((r) => r.sku).filter(Boolean))]
  const [{ data: variants }, { data: stores }] = await Promise.all([
    skus.length
      ? query.graph({ entity: "variant", fields: ["id", "sku", "price_set.id"], filters: { sku: skus } })
      : Promise.resolve({ data: [] }),
    query.graph({ entity: "store", fields: ["id", "supported_currencies.currency_code"] }),
  ])
  const priceSetBySku = new Map<string, string>()
  for (const v of variants as { sku: string | null; price_set?: { id: string } | null }[]) {
    if (v.sku && v.price_set?.id) {
      priceSetBySku.set(v.sku, v.price_set.id)
    }
  }
  const currencies = new Set<string>(
    ((stores[0] as StoreCurrencies | undefined)?.supported_currencies ?? []).map((c) =>
      String(c?.currency_code ?? "").toLowerCase()
    )
  )
  const { valid, errors } = validatePriceRows(read.rows, { knownSkus: new Set(priceSetBySku.keys()), currencies })

  const pricing = container.resolve<IPricingModuleService>(Modules.PRICING)
  const existing = new Map(
    (await listPrices(pricing, priceListId)).map((p) => [
      priceKey(p.price_set_id!, p.currency_code!, p.min_quantity as number),
      p,
    ])
  )
  const to_create: PriceToCreate[] = []
  const to_update: PriceToUpdate[] = []
  for (const row of valid) {
    const priceSetId = priceSetBySku.get(row.sku)!
    const current = existing.get(priceKey(priceSetId, row.currency_code, row.min_quantity))
    const price = {
      price_set_id: priceSetId,
      currency_code: row.currency_code,
      amount: row.amount,
      min_quantity: row.min_quantity,
    }
    if (current) {
      to_update.push({ ...price, id: current.id, previous_amount: Number(current.amount) })
    } else {
      to_create.push(price)
    }
  }
  return { rows: read.rows.length, to_create, to_update, errors }
}

/** The list's prices as CSV rows (sku, currency, amount, min_quantity). */
export async function exportRows(container: Resolver, priceListId: string): Promise<ExportPrice[]> {
  const pricing = container.resolve<IPricingModuleService>(Modules.PRICING)
  const prices = await listPrices(pricing, priceListId)
  const setIds = [...new Set(prices.map((p) => p.price_set_id!))]
  if (!setIds.length) {
    return []
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "price_set",
    fields: ["id", "variant.sku", "variant.id"],
    filters: { id: setIds },
  })
  const skuBySet = new Map(
    (data as { id: string; variant?: { id: string; sku: string | null } | null }[]).map((s) => [
      s.id,
      s.variant?.sku ?? s.variant?.id ?? s.id,
    ])
  )
  return prices.map((p) => ({
    sku: String(skuBySet.get(p.price_set_id!) ?? p.price_set_id),
    currency_code: p.currency_code!,
    amount: Number(p.amount),
    min_quantity: (p.min_quantity as number | null) ?? 1,
  }))
}
