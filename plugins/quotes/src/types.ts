/**
 * Options of the quotes plugin, set in the backend's medusa-config.ts:
 *
 * ```ts
 * plugins: [{ resolve: "@hybrid/quotes", options: { tradeStorefrontUrl: "https://trade.example.com" } satisfies QuotesOptions }]
 * ```
 */
export type QuotesOptions = {
  /** Public URL of the trade storefront, for links in notifications. Default http://localhost:4322. */
  tradeStorefrontUrl?: string
  /** Where "quote requested" notifications for the merchant go. Default sales@example.com. */
  merchantEmail?: string
  /** Days a counter-offer stays valid when the merchant sets no expiry. Default 14. */
  defaultValidityDays?: number
}

export const DEFAULT_OPTIONS: Required<QuotesOptions> = {
  tradeStorefrontUrl: "http://localhost:4322",
  merchantEmail: "sales@example.com",
  defaultValidityDays: 14,
}
