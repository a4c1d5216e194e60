import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STOREFRONT_CHANNELS, type StorefrontChannel } from "./channels"

type Env = Record<string, string | undefined>

/** Where each storefront is reached by its visitors (defaults: the local ports of `npm start`). */
export const SITE_URL_DEFAULTS: Record<StorefrontChannel, string> = {
  consumer: "http://localhost:4321",
  trade: "http://localhost:4322",
}

/**
 * The public origin of a site, for links in emails: `CONSUMER_PUBLIC_URL` / `TRADE_PUBLIC_URL` (the
 * same variables the sites read), then the older `TRADE_STOREFRONT_URL`, then the local default.
 * Never ends with a slash.
 */
export function siteUrl(site: StorefrontChannel, env: Env = process.env): string {
  const configured = site === "consumer" ? env.CONSUMER_PUBLIC_URL : (env.TRADE_PUBLIC_URL ?? env.TRADE_STOREFRONT_URL)
  return (configured?.trim() || SITE_URL_DEFAULTS[site]).replace(/\/+$/, "")
}

/**
 * The site a store request comes from, decided by its publishable key's sales channels: the trade
 * site when one of them is the Trade channel, the consumer site otherwise.
 */
export async function siteOfChannels(
  container: Pick<MedusaContainer, "resolve">,
  channelIds: string[]
): Promise<StorefrontChannel> {
  if (!channelIds.length) {
    return "consumer"
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "sales_channel", fields: ["id", "name"], filters: { id: channelIds } })
  return data.some((channel: { name?: string | null }) => channel.name === STOREFRONT_CHANNELS.trade.salesChannel)
    ? "trade"
    : "consumer"
}
