import type { IPricingModuleService, PricingContext } from "@medusajs/framework/types"

export type PriceTier = {
  min_quantity: number
  max_quantity: number | null
  amount: number
  currency_code: string
  price_list_id: string | null
}

export type TierContext = {
  region_id: string
  currency_code: string
  customer_group_ids: string[]
}

/**
 * The price a buyer pays at each quantity break of a variant, computed by Medusa's pricing module
 * for exactly this buyer (their customer groups, region and currency). Quantity breaks are the
 * distinct `min_quantity` values of the variant's prices in that currency; a break that does not
 * change this buyer's price (a tier of a list they are not in) is dropped, so no foreign price or
 * tier is ever revealed.
 */
export async function computePriceTiers(
  pricing: IPricingModuleService,
  priceSetIds: string[],
  ctx: TierContext
): Promise<Map<string, PriceTier[]>> {
  const result = new Map<string, PriceTier[]>()
  if (!priceSetIds.length) {
    return result
  }
  const prices = await pricing.listPrices(
    { price_set_id: priceSetIds, currency_code: ctx.currency_code },
    { select: ["price_set_id", "min_quantity"], take: null }
  )
  const breaksBySet = new Map<string, Set<number>>()
  for (const id of priceSetIds) {
    breaksBySet.set(id, new Set([1]))
  }
  for (const price of prices) {
    const min = Number(price.min_quantity ?? 1)
    if (min > 1) {
      breaksBySet.get(price.price_set_id!)?.add(min)
    }
  }
  const allBreaks = [...new Set([...breaksBySet.values()].flatMap((s) => [...s]))].sort((a, b) => a - b)

  const customer = ctx.customer_group_ids.length ? { groups: ctx.customer_group_ids.map((id) => ({ id })) } : undefined
  // One pricing call per distinct quantity break (a handful), each for all variants at once.
  const calculatedByBreak = await Promise.all(
    allBreaks.map((quantity) =>
      pricing.calculatePrices(
        { id: priceSetIds },
        {
          context: {
            region_id: ctx.region_id,
            currency_code: ctx.currency_code,
            quantity,
            ...(customer ? { customer } : {}),
            // The pricing context is typed as flat values, but Medusa's own routes pass the
            // customer's groups nested exactly like this (set-pricing-context middleware).
          } as unknown as PricingContext["context"],
        }
      )
    )
  )

  for (const id of priceSetIds) {
    const breaks = [...breaksBySet.get(id)!].sort((a, b) => a - b)
    const tiers: PriceTier[] = []
    for (const quantity of breaks) {
      const calculated = calculatedByBreak[allBreaks.indexOf(quantity)].find((c) => c.id === id)
      if (!calculated || calculated.calculated_amount == null) {
        continue
      }
      const amount = Number(calculated.calculated_amount)
      const previous = tiers[tiers.length - 1]
      if (previous && previous.amount === amount) {
        continue
      }
      if (previous) {
        previous.max_quantity = quantity - 1
      }
      tiers.push({
        min_quantity: quantity,
        max_quantity: null,
        amount,
        currency_code: ctx.currency_code,
        price_list_id: calculated.calculated_price?.price_list_id ?? null,
      })
    }
    result.set(id, tiers)
  }
  return result
}
