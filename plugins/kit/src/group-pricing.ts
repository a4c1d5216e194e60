import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type Resolver = Pick<MedusaContainer, "resolve">

/**
 * ONE IDENTITY: customer-group prices (the "Trade prices" list, company contract lists — every price
 * list with a `customer.groups.id` rule) apply only in the trade sales channel. A trade buyer who
 * signs in on the consumer site shops as a private person: anywhere else (the consumer channel, a
 * key without the trade channel) their pricing context carries no customer groups, so Medusa's
 * pricing answers the consumer price. Every place that prices for a customer asks this first:
 * the cart workflows' `setPricingContext` hooks and the store product routes (backend), the
 * order-boundary price check and the "why this price" routes (trade-pricing).
 */
export const DEFAULT_TRADE_CHANNEL_NAME = "Trade"

/** How long the trade channel's id is reused before it is looked up again (channels are provisioned, not edited). */
const CHANNEL_ID_TTL_MS = 30_000
const channelIds = new Map<string, { id: string | null; at: number }>()

/** The id of the trade sales channel (by name), or null when there is none; a found id is kept for 30 s per process. */
export async function tradeChannelId(
  container: Resolver,
  tradeChannelName: string = DEFAULT_TRADE_CHANNEL_NAME
): Promise<string | null> {
  const cached = channelIds.get(tradeChannelName)
  if (cached && Date.now() - cached.at < CHANNEL_ID_TTL_MS) {
    return cached.id
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "sales_channel", fields: ["id"], filters: { name: tradeChannelName } })
  const id = (data[0] as { id: string } | undefined)?.id ?? null
  if (id) {
    // Not found yet (before provisioning) is asked again next time.
    channelIds.set(tradeChannelName, { id, at: Date.now() })
  }
  return id
}

/**
 * Whether a customer's groups count for prices in these sales channels (a cart's one channel, or a
 * publishable key's channels): only when the trade channel is among them. A key without channels
 * (Medusa: every channel) counts as not the trade channel.
 */
export async function groupPricesApply(
  container: Resolver,
  channelIds: (string | null | undefined)[],
  tradeChannelName: string = DEFAULT_TRADE_CHANNEL_NAME
): Promise<boolean> {
  const ids = channelIds.filter((id): id is string => !!id)
  if (!ids.length) {
    return false
  }
  const trade = await tradeChannelId(container, tradeChannelName)
  return !!trade && ids.includes(trade)
}

/** A pricing context without the customer's groups (the customer itself stays: nothing else prices by it). */
export function withoutCustomerGroups<T extends { customer?: unknown }>(context: T): T {
  if (!context || typeof context !== "object" || !context.customer || typeof context.customer !== "object") {
    return context
  }
  return { ...context, customer: { ...(context.customer as Record<string, unknown>), groups: [] } }
}
