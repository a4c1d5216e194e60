import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COMPANY_GROUP_KEY, resolveCompanyContext } from "./company-context"

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

type PricedGroup = { id: string; metadata?: Record<string, unknown> | null }

const groupCompany = (group: PricedGroup): string | null => {
  const owner = group.metadata?.[COMPANY_GROUP_KEY]
  return typeof owner === "string" && owner ? owner : null
}

/**
 * ONE COMPANY AT A TIME (pure): of a person's groups, the ids of the company groups that are NOT
 * `companyId`'s — a person in two companies is in both companies' groups, and Medusa's pricing
 * takes the best price of all groups, so the other company's contract prices must be dropped.
 * `companyId` null: every company group is foreign.
 */
export function foreignGroupIds(groups: PricedGroup[], companyId: string | null): string[] {
  return groups
    .filter((group) => {
      const owner = groupCompany(group)
      return owner !== null && owner !== companyId
    })
    .map((group) => group.id)
}

/**
 * The customer's group ids whose prices must not apply when they act for a company: every company
 * group but that company's. `companyId`: a cart's company (`cartCompanyId(cart)`), null for none,
 * undefined for the company the person acts for now (the active membership). Empty in the common
 * case (one company, or none) without asking the company directory. Callers apply it only where
 * customer-group prices count at all (`groupPricesApply`).
 */
export async function foreignCompanyGroupIds(
  container: Resolver,
  customerId: string | null | undefined,
  companyId?: string | null
): Promise<string[]> {
  if (!customerId) {
    return []
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer",
    fields: ["id", "groups.id", "groups.metadata"],
    filters: { id: customerId },
  })
  const groups = ((data[0]?.groups ?? []) as (PricedGroup | null)[]).filter((g): g is PricedGroup => !!g)
  const companyGroups = groups.filter((group) => groupCompany(group) !== null)
  if (!companyGroups.length) {
    return []
  }
  if (companyId === undefined) {
    if (companyGroups.length === 1) {
      return []
    }
    companyId = (await resolveCompanyContext(container, customerId))?.company.id ?? null
  }
  return foreignGroupIds(groups, companyId)
}

/** A pricing context whose customer no longer carries these groups (unchanged when there are none). */
export function withoutGroupIds<T extends { customer?: unknown }>(context: T, groupIds: readonly string[]): T {
  if (
    !groupIds.length ||
    !context ||
    typeof context !== "object" ||
    !context.customer ||
    typeof context.customer !== "object"
  ) {
    return context
  }
  const customer = context.customer as { groups?: ({ id?: string } | null)[] }
  if (!Array.isArray(customer.groups)) {
    return context
  }
  const drop = new Set(groupIds)
  return { ...context, customer: { ...customer, groups: customer.groups.filter((g) => !!g && !drop.has(g.id ?? "")) } }
}
