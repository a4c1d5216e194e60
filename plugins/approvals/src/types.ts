/**
 * Options of the approvals plugin, set in the backend's medusa-config.ts:
 *
 * ```ts
 * plugins: [{ resolve: "@hybrid/approvals", options: { tradeStorefrontUrl: "https://trade.example.com" } satisfies ApprovalsOptions }]
 * ```
 */
export type ApprovalsOptions = {
  /** Public URL of the trade storefront, for links in notifications. Default http://localhost:4322. */
  tradeStorefrontUrl?: string
  /** Where "order awaits merchant review" notifications go. Default sales@example.com. */
  merchantEmail?: string
}

export const DEFAULT_OPTIONS: Required<ApprovalsOptions> = {
  tradeStorefrontUrl: "http://localhost:4322",
  merchantEmail: "sales@example.com",
}
