import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, getVariantAvailability } from "@medusajs/framework/utils"

/**
 * What the sales channel can still sell of each variant whose stock counts (managed, no
 * backorders): stocked − reserved at the channel's stock locations, per unit of the variant
 * (Medusa's own `getVariantAvailability`, the figure its add-to-cart checks against). Variants
 * whose stock does not count are absent.
 */
export async function sellableStock(
  container: Pick<MedusaContainer, "resolve">,
  variantIds: string[],
  salesChannelId: string | null | undefined
): Promise<Map<string, number>> {
  if (!variantIds.length || !salesChannelId) return new Map()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "variant",
    fields: ["id", "manage_inventory", "allow_backorder"],
    filters: { id: variantIds },
  })
  const counted = (data as { id: string; manage_inventory?: boolean | null; allow_backorder?: boolean | null }[])
    .filter((v) => v.manage_inventory && !v.allow_backorder)
    .map((v) => v.id)
  if (!counted.length) return new Map()
  const availability = await getVariantAvailability(query, { variant_ids: counted, sales_channel_id: salesChannelId })
  const sellable = new Map<string, number>()
  for (const id of counted) {
    const left = availability[id]?.availability
    if (typeof left === "number") sellable.set(id, left)
  }
  return sellable
}

/** A variant the cart would hold more of than the channel can sell. */
export type StockShortfall = {
  variant_id: string
  /** Units being added now. */
  asked: number
  /** Units the cart holds already. */
  in_cart: number
  /** What the channel can sell in all (see `sellableStock`). */
  sellable: number
}

/**
 * Each variant for which what the cart holds plus what is asked for now exceeds what the channel
 * can sell. Variants absent from `sellable` (stock not counted) never fall short.
 */
export function stockShortfalls(
  asked: Map<string, number>,
  held: Map<string, number>,
  sellable: Map<string, number>
): StockShortfall[] {
  const short: StockShortfall[] = []
  for (const [variantId, quantity] of asked) {
    const left = sellable.get(variantId)
    const inCart = held.get(variantId) ?? 0
    if (left !== undefined && inCart + quantity > left) {
      short.push({ variant_id: variantId, asked: quantity, in_cart: inCart, sellable: left })
    }
  }
  return short
}

/** "only 4 in stock (your cart holds 1); asked for 5", "out of stock; asked for 1". */
export function stockProblem(shortfall: StockShortfall): string {
  const stock = shortfall.sellable > 0 ? `only ${shortfall.sellable} in stock` : "out of stock"
  const inCart = shortfall.in_cart ? ` (your cart holds ${shortfall.in_cart})` : ""
  return `${stock}${inCart}; asked for ${shortfall.asked}`
}

/** How many more units the cart can take (0 when it holds all there is). */
export function stillAvailable(shortfall: StockShortfall): number {
  return Math.max(0, shortfall.sellable - shortfall.in_cart)
}
