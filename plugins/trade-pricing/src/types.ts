/**
 * Options of the trade-pricing plugin, set in the backend's medusa-config.ts:
 *
 * ```ts
 * plugins: [{
 *   resolve: "@hybrid/trade-pricing",
 *   options: { tradeSalesChannelName: "Trade", tradeCustomerGroupName: "Trade" } satisfies TradePricingOptions,
 * }]
 * ```
 */
export type TradePricingOptions = {
  /**
   * Name of the trade storefront's sales channel. Quantity rules apply to every cart in this channel
   * (guest or signed in), besides carts of customers in the trade group.
   */
  tradeSalesChannelName: string
  /**
   * Name of the customer group every approved trade buyer is in. Quantity rules apply to this
   * group's carts in any sales channel, so switching the publishable key does not bypass them.
   */
  tradeCustomerGroupName: string
  /** Most rows one price list CSV import may hold. Default 20,000. */
  maxImportRows?: number
}

export const DEFAULT_OPTIONS: Required<TradePricingOptions> = {
  tradeSalesChannelName: "Trade",
  tradeCustomerGroupName: "Trade",
  maxImportRows: 20_000,
}
