/**
 * "Why this price": pure assembly of a buyer's price explanation from the prices Medusa's pricing
 * module calculated for that buyer. Nothing here sees a price the buyer does not get, so nothing
 * here can leak one.
 */

/** One calculated price of a variant for the caller at one quantity (from calculatePrices). */
export type CalculatedAt = {
  quantity: number
  amount: number
  price_list_id: string | null
  /** min_quantity of the price row that won (1 when none). */
  min_quantity: number
}

export type PriceSource =
  | { type: "base" }
  | { type: "price_list"; price_list_id: string; title: string; min_quantity: number }

export type Tier = {
  min_quantity: number
  max_quantity: number | null
  unit_price: number
  source_title: string
  current: boolean
}

export const BASE_PRICE_TITLE = "Base price"

/** Rounds a money amount to 4 decimals, so float noise never shows (12.3 − 9.8 = 2.5). */
export const money = (value: number) => Math.round(value * 10_000) / 10_000

export function sourceOf(price: CalculatedAt, titles: Map<string, string>): PriceSource {
  if (!price.price_list_id) {
    return { type: "base" }
  }
  return {
    type: "price_list",
    price_list_id: price.price_list_id,
    title: titles.get(price.price_list_id) ?? "Price list",
    min_quantity: price.min_quantity || 1,
  }
}

/**
 * The caller's tiers: their own price at each quantity break, ascending; a break that does not
 * change their price is dropped, so the tiers of lists they are not in never show. `current`
 * marks the tier `quantity` falls in.
 */
export function buildTiers(prices: CalculatedAt[], quantity: number, titles: Map<string, string>): Tier[] {
  const sorted = [...prices].sort((a, b) => a.quantity - b.quantity)
  const tiers: Tier[] = []
  for (const price of sorted) {
    const previous = tiers[tiers.length - 1]
    if (previous && previous.unit_price === money(price.amount)) {
      continue
    }
    if (previous) {
      previous.max_quantity = price.quantity - 1
    }
    tiers.push({
      min_quantity: price.quantity,
      max_quantity: null,
      unit_price: money(price.amount),
      source_title: price.price_list_id ? (titles.get(price.price_list_id) ?? "Price list") : BASE_PRICE_TITLE,
      current: false,
    })
  }
  for (const tier of tiers) {
    tier.current = quantity >= tier.min_quantity && (tier.max_quantity === null || quantity <= tier.max_quantity)
  }
  return tiers
}

/** The first tier above `quantity` whose price is lower than `unitPrice`, or null. */
export function nextTier(tiers: Tier[], quantity: number, unitPrice: number) {
  const next = tiers.find((t) => t.min_quantity > quantity && t.unit_price < unitPrice)
  return next ? { min_quantity: next.min_quantity, unit_price: next.unit_price } : null
}

/** What the buyer saves per unit against the consumer price (RRP, net), or null when nothing. */
export function savingOf(rrpNet: number | null, unitPrice: number) {
  if (rrpNet === null || !(rrpNet > unitPrice)) {
    return null
  }
  const amount = money(rrpNet - unitPrice)
  return { amount, percent: Math.round((amount / rrpNet) * 1000) / 10 }
}

/** Gross from net with the given tax rate in percent, rounded to cents. */
export function grossOf(net: number, ratePercent: number) {
  return Math.round(net * (1 + ratePercent / 100) * 100) / 100
}
