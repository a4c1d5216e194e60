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

/** How long a sales channel's kind (trade or not) is reused before it is read again. */
const CHANNEL_KIND_TTL_MS = 30_000
// Per channel id, not "the trade channel's id": a channel id is only ever one channel, so a cached
// answer can never be about another channel (another database's Trade channel has another id).
const channelKinds = new Map<string, { trade: boolean; at: number }>()

/**
 * Whether a customer's groups count for prices in these sales channels (a cart's one channel, or a
 * publishable key's channels): only when the trade channel (by name) is among them. A key without
 * channels (Medusa: every channel) counts as not the trade channel. Each channel's answer is kept
 * for 30 s per process (channels are provisioned, not edited).
 */
export async function groupPricesApply(
  container: Resolver,
  channelIds: (string | null | undefined)[],
  tradeChannelName: string = DEFAULT_TRADE_CHANNEL_NAME
): Promise<boolean> {
  const ids = [...new Set(channelIds.filter((id): id is string => !!id))]
  if (!ids.length) {
    return false
  }
  const now = Date.now()
  const key = (id: string) => `${tradeChannelName}\u0000${id}`
  const unknown = ids.filter((id) => {
    const cached = channelKinds.get(key(id))
    return !cached || now - cached.at >= CHANNEL_KIND_TTL_MS
  })
  if (unknown.length) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "sales_channel", fields: ["id", "name"], filters: { id: unknown } })
    const names = new Map((data as { id: string; name: string }[]).map((channel) => [channel.id, channel.name]))
    for (const id of unknown) {
      channelKinds.set(key(id), { trade: names.get(id) === tradeChannelName, at: now })
    }
  }
  return ids.some((id) => channelKinds.get(key(id))?.trade === true)
}

/** A pricing context without the customer's groups (the customer itself stays: nothing else prices by it). */
export function withoutCustomerGroups<T extends { customer?: unknown }>(context: T): T {
  if (!context || typeof context !== "object" || !context.customer || typeof context.customer !== "object") {
    return context
  }
  return { ...context, customer: { ...(context.customer as Record<string, unknown>), groups: [] } }
}
