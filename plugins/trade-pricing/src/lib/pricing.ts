import type {
  IPricingModuleService,
  ITaxModuleService,
  MedusaContainer,
  PricingContext,
} from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import {
  buildTiers,
  grossOf,
  money,
  savingOf,
  sourceOf,
  type CalculatedAt,
  type PriceSource,
  type Tier,
} from "./explain"

type Resolver = Pick<MedusaContainer, "resolve">

/** Whose prices: a region (currency), the buyer's customer groups, and the country for tax (RRP gross). */
export type PricingCaller = {
  region_id: string
  currency_code: string
  customer_group_ids: string[]
  country_code: string | null
}

export type PricedVariant = {
  id: string
  sku: string | null
  title: string | null
  product_id: string
  product_title: string | null
  price_set_id: string | null
}

export type VariantExplanation = {
  variant_id: string
  sku: string | null
  currency_code: string
  quantity: number
  unit_price: number | null
  rrp: { net: number; gross: number } | null
  saving: { amount: number; percent: number } | null
  source: PriceSource | null
  tiers: Tier[]
}

/** A region's currency and its first country (the default tax country), or 400 naming region_id. */
export async function regionOr400(container: Resolver, regionId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "region",
    fields: ["id", "currency_code", "countries.iso_2"],
    filters: { id: regionId },
  })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `region_id: region ${regionId} does not exist`)
  }
  const region: { id: string; currency_code: string; countries?: ({ iso_2: string } | null)[] | null } = data[0]
  return {
    id: region.id as string,
    currency_code: region.currency_code as string,
    country_code: ((region.countries ?? [])[0]?.iso_2 as string | undefined) ?? null,
  }
}

function contextFor(caller: PricingCaller, quantity: number, withCustomer: boolean) {
  return {
    region_id: caller.region_id,
    currency_code: caller.currency_code,
    quantity,
    // Nested exactly as Medusa's own store routes and cart workflows pass the customer's groups.
    ...(withCustomer && caller.customer_group_ids.length
      ? { customer: { groups: caller.customer_group_ids.map((id) => ({ id })) } }
      : {}),
  } as unknown as PricingContext["context"]
}

/**
 * The caller's calculated price of each price set at each of `quantities`: one pricing-module call
 * per distinct quantity (for all price sets at once), exactly as Medusa's cart prices its lines.
 * Result: priceSetId → quantity → CalculatedAt.
 */
export async function calculateAt(
  pricing: IPricingModuleService,
  priceSetIds: string[],
  quantities: number[],
  caller: PricingCaller,
  withCustomer = true
): Promise<Map<string, Map<number, CalculatedAt>>> {
  const result = new Map<string, Map<number, CalculatedAt>>()
  const ids = [...new Set(priceSetIds)]
  if (!ids.length) {
    return result
  }
  const distinct = [...new Set(quantities)].sort((a, b) => a - b)
  const calculated = await Promise.all(
    distinct.map((quantity) =>
      pricing.calculatePrices({ id: ids }, { context: contextFor(caller, quantity, withCustomer) })
    )
  )
  distinct.forEach((quantity, i) => {
    for (const set of calculated[i]) {
      if (set.calculated_amount === null || set.calculated_amount === undefined) {
        continue
      }
      const byQuantity = result.get(set.id) ?? new Map<number, CalculatedAt>()
      const price = set.calculated_price as
        | { price_list_id?: string | null; min_quantity?: number | string | null }
        | undefined
      byQuantity.set(quantity, {
        quantity,
        amount: Number(set.calculated_amount),
        price_list_id: price?.price_list_id ?? null,
        min_quantity: Number(price?.min_quantity ?? 1) || 1,
      })
      result.set(set.id, byQuantity)
    }
  })
  return result
}

/** Titles of price lists by id. */
export async function priceListTitles(pricing: IPricingModuleService, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter(Boolean))]
  if (!unique.length) {
    return new Map()
  }
  const lists = await pricing.listPriceLists({ id: unique }, { select: ["id", "title"], take: null })
  return new Map(lists.map((l) => [l.id, l.title ?? "Price list"]))
}

/** Tax rate (percent) per product for a country, from the tax module (system provider). */
async function taxRates(
  container: Resolver,
  variants: PricedVariant[],
  caller: PricingCaller,
  amounts: Map<string, number>
) {
  const rates = new Map<string, number>()
  if (!caller.country_code || !variants.length) {
    return rates
  }
  const tax = container.resolve<ITaxModuleService>(Modules.TAX)
  const lines = await tax.getTaxLines(
    variants.map((v) => ({
      id: v.id,
      product_id: v.product_id,
      quantity: 1,
      unit_price: amounts.get(v.id) ?? 0,
      currency_code: caller.currency_code,
      is_tax_inclusive: false,
    })),
    { address: { country_code: caller.country_code } }
  )
  for (const line of lines as { line_item_id?: string; rate: number }[]) {
    if (line.line_item_id) {
      rates.set(line.line_item_id, (rates.get(line.line_item_id) ?? 0) + Number(line.rate))
    }
  }
  return rates
}

/**
 * "Why this price" for each variant at its quantity, for the caller only: their unit price (what
 * Medusa's cart would charge), the consumer price (RRP, net and gross), their saving, the list and
 * tier that produced the price, and their own price at every quantity break of the variant (breaks
 * of lists they are not in are dropped when they do not change the caller's price, so a foreign
 * list's price never shows).
 *
 * Pricing calls: one per distinct quantity among the requested quantities and the variants' breaks,
 * plus one for the RRP.
 */
export async function explainVariants(
  container: Resolver,
  variants: PricedVariant[],
  quantityOf: (variantId: string) => number,
  caller: PricingCaller
): Promise<Map<string, VariantExplanation>> {
  const pricing = container.resolve<IPricingModuleService>(Modules.PRICING)
  const priceSetIds = variants.map((v) => v.price_set_id).filter((id): id is string => !!id)
  const result = new Map<string, VariantExplanation>()

  const breaksBySet = new Map<string, Set<number>>()
  if (priceSetIds.length) {
    const rows = await pricing.listPrices(
      { price_set_id: priceSetIds, currency_code: caller.currency_code },
      { select: ["price_set_id", "min_quantity"], take: null }
    )
    for (const id of priceSetIds) {
      breaksBySet.set(id, new Set([1]))
    }
    for (const row of rows) {
      const min = Number(row.min_quantity ?? 1)
      if (min > 1) {
        breaksBySet.get(row.price_set_id!)?.add(min)
      }
    }
  }
  const requested = variants.map((v) => quantityOf(v.id))
  const allQuantities = [...requested, ...[...breaksBySet.values()].flatMap((s) => [...s])]
  const [mine, consumer] = await Promise.all([
    calculateAt(pricing, priceSetIds, allQuantities, caller),
    calculateAt(pricing, priceSetIds, [1], caller, false),
  ])
  const titles = await priceListTitles(
    pricing,
    [...mine.values()].flatMap((m) => [...m.values()].map((p) => p.price_list_id ?? ""))
  )
  const rrpNet = new Map<string, number>()
  for (const v of variants) {
    const base = v.price_set_id ? consumer.get(v.price_set_id)?.get(1) : undefined
    if (base) {
      rrpNet.set(v.id, base.amount)
    }
  }
  const rates = await taxRates(container, variants, caller, rrpNet)

  for (const v of variants) {
    const quantity = quantityOf(v.id)
    const prices = v.price_set_id ? mine.get(v.price_set_id) : undefined
    const atQuantity = prices?.get(quantity)
    const breaks = v.price_set_id ? [...(breaksBySet.get(v.price_set_id) ?? [])] : []
    const net = rrpNet.get(v.id)
    const unitPrice = atQuantity ? money(atQuantity.amount) : null
    result.set(v.id, {
      variant_id: v.id,
      sku: v.sku,
      currency_code: caller.currency_code,
      quantity,
      unit_price: unitPrice,
      rrp: net === undefined ? null : { net: money(net), gross: grossOf(net, rates.get(v.id) ?? 0) },
      saving: unitPrice === null ? null : savingOf(net ?? null, unitPrice),
      source: atQuantity ? sourceOf(atQuantity, titles) : null,
      tiers: buildTiers(
        breaks.map((b) => prices?.get(b)).filter((p): p is CalculatedAt => !!p),
        quantity,
        titles
      ),
    })
  }
  return result
}
