import type { IPricingModuleService, MedusaContainer, PricingContext } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError, Modules, filterObjectByKeys } from "@medusajs/framework/utils"
import { cartCompanyId } from "@hybrid/plugin-kit/company-context"
import { pricingGroupIds, rulesByVariant } from "./context"
import { assertQuantityRules, cartAudience, type CartBuyer } from "./enforce"

type Resolver = Pick<MedusaContainer, "resolve">

/** A cart line as completeCartWorkflow loads it (`items.*`). */
export type BoundaryLine = {
  id: string
  variant_id?: string | null
  variant_sku?: string | null
  product_title?: string | null
  title?: string | null
  quantity: unknown
  unit_price: unknown
  is_custom_price?: boolean | null
}

/** The cart as completeCartWorkflow loads it (completeCartFields) — the fields used here. */
export type BoundaryCart = CartBuyer & {
  id: string
  currency_code: string
  region_id?: string | null
  region?: Record<string, unknown> | null
  customer?: ({ id: string; groups?: { id: string }[] | null } & Record<string, unknown>) | null
  items?: (BoundaryLine | null)[] | null
} & Record<string, unknown>

/** A line whose unit price is no longer what the cart's customer gets now. */
export type PriceChange = {
  line_item_id: string
  variant_id: string
  sku: string | null
  title: string
  quantity: number
  /** The unit price the line holds. */
  unit_price: number
  /** What the customer gets now at this quantity; null when the variant has no price for them any more. */
  current_unit_price: number | null
}

/** The 409 body's `code` when a cart's prices changed (storefronts offer "Update prices" on it). */
export const PRICES_CHANGED_CODE = "cart_prices_changed"

// Medusa's cart pricing context takes these cart fields (core-flows' `fieldsForPricingContext`,
// not exported); kept in step with node_modules/@medusajs/core-flows/dist/common/utils/fields.js.
const PRICING_CONTEXT_FIELDS = [
  "id",
  "sales_channel_id",
  "currency_code",
  "region_id",
  "shipping_address.city",
  "shipping_address.country_code",
  "shipping_address.province",
  "shipping_address.postal_code",
  "item_total",
  "total",
  "locale",
  "customer.id",
  "email",
  "customer.groups.id",
]

function lines(cart: BoundaryCart): BoundaryLine[] {
  return (cart.items ?? []).filter((item): item is BoundaryLine => !!item)
}

/**
 * The customer's groups as they are now (not as the cart loaded them), as they count for prices in
 * the cart's channel: none outside the trade channel (one identity); in it, of their company
 * groups only the cart's company's (a cart not yet stamped: the company they act for).
 */
async function currentGroups(
  container: Resolver,
  customerId: string | null | undefined,
  channelId: unknown,
  companyId: string | undefined
) {
  const ids = await pricingGroupIds(
    container,
    customerId,
    [typeof channelId === "string" ? channelId : null],
    companyId
  )
  return ids.map((id) => ({ id }))
}

/**
 * A variant's price set never changes once the variant exists (Medusa links one price set to it
 * when it is created), so the link is kept in memory: later checkouts of a variant need no read
 * before the pricing call. Bounded: the oldest entries go first.
 */
const PRICE_SET_CACHE_SIZE = 10_000
const priceSetCache = new Map<string, string>()

async function priceSetsOf(
  query: { graph: (config: any) => Promise<{ data: unknown[] }> },
  variantIds: string[]
): Promise<Map<string, string | null>> {
  const found = new Map<string, string | null>()
  const missing = variantIds.filter((id) => {
    const cached = priceSetCache.get(id)
    if (cached) found.set(id, cached)
    return !cached
  })
  if (missing.length) {
    const { data } = await query.graph({ entity: "variant", fields: ["id", "price_set.id"], filters: { id: missing } })
    for (const variant of data as { id: string; price_set?: { id: string } | null }[]) {
      const setId = variant.price_set?.id ?? null
      found.set(variant.id, setId)
      if (setId) {
        priceSetCache.set(variant.id, setId)
        if (priceSetCache.size > PRICE_SET_CACHE_SIZE) priceSetCache.delete(priceSetCache.keys().next().value!)
      }
    }
  }
  return found
}

/**
 * The cart's lines whose unit price differs from what its customer gets now, priced exactly as
 * Medusa's refreshCartItemsWorkflow would re-price them (getVariantsAndItemsWithPrices: the cart's
 * pricing fields, its region and currency, the customer with their CURRENT groups, each line's own
 * quantity for tiers). Custom-priced lines (`is_custom_price`: quotes, other server-set prices) are
 * not re-priced here. One variant → price set read, then one pricing call per distinct line
 * quantity (all price sets of that quantity at once, as Medusa groups them), run in parallel.
 */
export async function priceChanges(container: Resolver, cart: BoundaryCart): Promise<PriceChange[]> {
  const priced = lines(cart).filter((l) => l.variant_id && !l.is_custom_price)
  if (!priced.length) {
    return []
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const pricing = container.resolve<IPricingModuleService>(Modules.PRICING)
  const customerId = cart.customer?.id ?? cart.customer_id ?? null
  const [groups, setOf] = await Promise.all([
    currentGroups(
      container,
      customerId,
      cart.sales_channel_id,
      cartCompanyId(cart as { metadata?: Record<string, unknown> | null }) ?? undefined
    ),
    priceSetsOf(query, [...new Set(priced.map((l) => l.variant_id!))]),
  ])
  const base = {
    ...filterObjectByKeys(cart, PRICING_CONTEXT_FIELDS),
    customer: cart.customer ? { ...cart.customer, groups } : undefined,
    region: cart.region,
    currency_code: cart.currency_code ?? (cart.region as { currency_code?: string } | null)?.currency_code,
    region_id: cart.region_id,
    customer_id: customerId,
  }
  const byQuantity = new Map<number, BoundaryLine[]>()
  for (const line of priced) {
    const quantity = Number(line.quantity)
    byQuantity.set(quantity, [...(byQuantity.get(quantity) ?? []), line])
  }
  const calculated = await Promise.all(
    [...byQuantity.entries()].map(async ([quantity, group]) => {
      const ids = [...new Set(group.map((l) => setOf.get(l.variant_id!)).filter((id): id is string => !!id))]
      const sets = ids.length
        ? await pricing.calculatePrices(
            { id: ids },
            { context: { ...base, quantity, is_custom_price: true } as unknown as PricingContext["context"] }
          )
        : []
      return { quantity, amounts: new Map(sets.map((s) => [s.id, s.calculated_amount])) }
    })
  )
  const amountAt = new Map(calculated.map((c) => [c.quantity, c.amounts]))
  const changes: PriceChange[] = []
  for (const line of priced) {
    const quantity = Number(line.quantity)
    const setId = setOf.get(line.variant_id!)
    const current = setId ? amountAt.get(quantity)?.get(setId) : null
    const held = MathBN.convert(line.unit_price as number)
    if (current === null || current === undefined || !MathBN.eq(held, MathBN.convert(current))) {
      changes.push({
        line_item_id: line.id,
        variant_id: line.variant_id!,
        sku: line.variant_sku ?? null,
        title: [line.product_title, line.title].filter(Boolean).join(" · ") || line.variant_id!,
        quantity,
        unit_price: held.toNumber(),
        current_unit_price: current === null || current === undefined ? null : MathBN.convert(current).toNumber(),
      })
    }
  }
  return changes
}

function money(amount: number, currency: string) {
  try {
    return new Intl.NumberFormat("en", { style: "currency", currency: currency.toUpperCase() }).format(amount)
  } catch {
    return `${currency.toUpperCase()} ${amount.toFixed(2)}`
  }
}

/** "Prices changed: CHEMEX-FILTERS (Chemex Filters · 100) is now €28.10 (was €13.37). …" */
export function priceChangeMessage(changes: PriceChange[], currency: string): string {
  const described = changes.map((c) => {
    const name = c.sku ? `${c.sku} (${c.title})` : c.title
    return c.current_unit_price === null
      ? `${name} is no longer sold to you (was ${money(c.unit_price, currency)})`
      : `${name} is now ${money(c.current_unit_price, currency)} (was ${money(c.unit_price, currency)})`
  })
  return (
    `Prices changed since these lines were added: ${described.join("; ")}. ` +
    "Update the cart's prices (POST /store/carts/:id/refresh-prices) and place the order again."
  )
}

/** 409 CONFLICT naming each changed line and its current price, when any line's price changed. */
export async function assertCurrentPrices(container: Resolver, cart: BoundaryCart): Promise<void> {
  const changes = await priceChanges(container, cart)
  if (changes.length) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      priceChangeMessage(changes, cart.currency_code),
      PRICES_CHANGED_CODE
    )
  }
}

/**
 * The quantity rules on the whole cart: per variant, the quantity summed over all its lines must
 * be allowed (400 `quantity: SKU … is sold …`, as when a line is added), whatever route changed the
 * cart and whenever a rule changed. The audience (trade channel or Trade group) is read now.
 */
export async function assertCartQuantityRules(container: Resolver, cart: BoundaryCart): Promise<void> {
  const totals = new Map<string, number>()
  for (const line of lines(cart)) {
    if (line.variant_id) {
      totals.set(line.variant_id, (totals.get(line.variant_id) ?? 0) + Number(line.quantity))
    }
  }
  if (!totals.size) {
    return
  }
  const rules = await rulesByVariant(container, [...totals.keys()])
  if (!rules.size) {
    return
  }
  const audience = cartAudience(cart)
  await assertQuantityRules(
    container,
    // The customer's groups as they are now, not as the cart loaded them.
    { ...audience, group_ids: undefined },
    [...totals.entries()].map(([variant_id, total]) => ({ variant_id, total, requested: total })),
    rules
  )
}
