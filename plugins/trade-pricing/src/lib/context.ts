import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { foreignCompanyGroupIds, groupPricesApply } from "@hybrid/plugin-kit/group-pricing"
import { TRADE_PRICING_MODULE } from "../constants"
import type TradePricingModuleService from "../modules/trade-pricing/service"
import { pluginOptions } from "./options"
import { ruleView, type QuantityRuleShape } from "./quantity-rules"

type Resolver = Pick<MedusaContainer, "resolve">

/** The tradePricing module's service, typed. */
export function tradePricingService(container: Resolver): TradePricingModuleService {
  return container.resolve<TradePricingModuleService>(TRADE_PRICING_MODULE)
}

/** Ids of the trade sales channel and the trade customer group (null when not provisioned yet). */
export async function tradeAudience(
  container: Resolver
): Promise<{ channelId: string | null; groupId: string | null }> {
  const options = pluginOptions(container)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: channels }, { data: groups }] = await Promise.all([
    query.graph({ entity: "sales_channel", fields: ["id"], filters: { name: options.tradeSalesChannelName } }),
    query.graph({ entity: "customer_group", fields: ["id"], filters: { name: options.tradeCustomerGroupName } }),
  ])
  return { channelId: channels[0]?.id ?? null, groupId: groups[0]?.id ?? null }
}

/** The customer's group ids (none for a guest). */
export async function customerGroupIds(container: Resolver, customerId: string | null | undefined): Promise<string[]> {
  if (!customerId) {
    return []
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "customer", fields: ["id", "groups.id"], filters: { id: customerId } })
  return ((data[0]?.groups ?? []) as ({ id: string } | null)[]).filter(Boolean).map((g) => g!.id)
}

/**
 * The customer's groups as they count for PRICES in these sales channels (a cart's channel, or the
 * key's channels): none outside the trade channel — one identity, a trade buyer shops as a private
 * person elsewhere (`groupPricesApply`, @hybrid/plugin-kit/group-pricing); in it, of a person's
 * company groups only `companyId`'s (a cart's company; undefined: the company they act for now),
 * never another company's contract (`foreignCompanyGroupIds`).
 */
export async function pricingGroupIds(
  container: Resolver,
  customerId: string | null | undefined,
  channelIds: (string | null | undefined)[],
  companyId?: string
): Promise<string[]> {
  if (!customerId || !(await groupPricesApply(container, channelIds, pluginOptions(container).tradeSalesChannelName))) {
    return []
  }
  const [groups, foreign] = await Promise.all([
    customerGroupIds(container, customerId),
    foreignCompanyGroupIds(container, customerId, companyId),
  ])
  return groups.filter((id) => !foreign.includes(id))
}

/**
 * Whether quantity rules apply to a cart: its sales channel is the trade channel, or its customer is
 * in the trade group. Either alone suffices, so neither a consumer key nor a guest trade cart
 * escapes the rules of the other audience.
 */
export async function rulesApply(
  container: Resolver,
  cart: { sales_channel_id?: string | null; customer_id?: string | null; group_ids?: string[] }
): Promise<boolean> {
  const { channelId, groupId } = await tradeAudience(container)
  if (channelId && cart.sales_channel_id === channelId) {
    return true
  }
  if (!groupId || !cart.customer_id) {
    return false
  }
  const groups = cart.group_ids ?? (await customerGroupIds(container, cart.customer_id))
  return groups.includes(groupId)
}

/** The quantity rules of these variants, by variant id (variants without a rule are absent). */
export async function rulesByVariant(
  container: Resolver,
  variantIds: string[]
): Promise<Map<string, QuantityRuleShape>> {
  const ids = [...new Set(variantIds.filter(Boolean))]
  if (!ids.length) {
    return new Map()
  }
  const rules = await tradePricingService(container).listQuantityRules({ variant_id: ids }, { take: null })
  return new Map(rules.map((r) => [r.variant_id, ruleView(r as unknown as QuantityRuleShape)!]))
}

export type OwnCart = {
  id: string
  customer_id: string | null
  completed_at: string | Date | null
  region_id: string | null
  currency_code: string
  sales_channel_id: string | null
  metadata?: Record<string, unknown> | null
  shipping_address?: { country_code?: string | null } | null
  items: { id: string; variant_id: string | null; quantity: number; variant_sku?: string | null }[]
}

/**
 * The caller's open cart, or 404: a customer's cart answers only to that customer; a guest cart
 * (no customer) only to guests, as Medusa's own cart routes do. Another customer's cart, a
 * completed cart and an unknown id answer alike.
 */
export async function ownOpenCartOr404(
  container: Resolver,
  cartId: string,
  actorId: string | undefined
): Promise<OwnCart> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "customer_id",
      "completed_at",
      "region_id",
      "currency_code",
      "sales_channel_id",
      "metadata",
      "shipping_address.country_code",
      "items.id",
      "items.variant_id",
      "items.variant_sku",
      "items.quantity",
    ],
    filters: { id: cartId },
  })
  const cart = data[0] as unknown as OwnCart | undefined
  if (!cart || (cart.customer_id ?? null) !== (actorId ?? null) || cart.completed_at) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart id not found: ${cartId}`)
  }
  cart.items = (cart.items ?? []).filter(Boolean).map((item) => ({ ...item, quantity: Number(item.quantity) }))
  return cart
}
