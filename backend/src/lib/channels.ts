/**
 * The two storefront portals and the names of their sales channels and publishable keys.
 * Provisioning creates them by these names; the bootstrap route looks them up by the same names.
 */
export const STOREFRONT_CHANNELS = {
  consumer: { salesChannel: "Consumer", apiKeyTitle: "Consumer storefront" },
  trade: { salesChannel: "Trade", apiKeyTitle: "Trade storefront" },
} as const

export type StorefrontChannel = keyof typeof STOREFRONT_CHANNELS

export const TRADE_CUSTOMER_GROUP = "Trade"
