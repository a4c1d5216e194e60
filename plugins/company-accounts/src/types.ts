import type { PaymentTerms, SpendingPeriod } from "./constants"

/**
 * Options of the company-accounts plugin, set in the backend's medusa-config.ts:
 *
 * ```ts
 * plugins: [{ resolve: "@hybrid/company-accounts", options: { tradeCustomerGroupName: "Trade" } }]
 * ```
 */
export type CompanyAccountsOptions = {
  /** Customer group every approved company's employees join besides their company's own group. Default "Trade". */
  tradeCustomerGroupName?: string
  /** How long an employee invite stays valid, in hours. Default 168 (7 days). */
  inviteTtlHours?: number
  /** Payment terms a company gets on approval when the merchant names none. Default "net30". */
  defaultPaymentTerms?: PaymentTerms
  /** Period employee spending limits reset on, for new companies. Default "monthly". */
  defaultSpendingPeriod?: SpendingPeriod
  /** Public URL of the trade storefront, used in notification links (invites, approvals). Default http://localhost:4322. */
  tradeStorefrontUrl?: string
}

export const DEFAULT_OPTIONS: Required<CompanyAccountsOptions> = {
  tradeCustomerGroupName: "Trade",
  inviteTtlHours: 168,
  defaultPaymentTerms: "net30",
  defaultSpendingPeriod: "monthly",
  tradeStorefrontUrl: "http://localhost:4322",
}
