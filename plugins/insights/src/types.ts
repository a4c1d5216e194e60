/**
 * Options of the insights plugin, set in the backend's medusa-config.ts:
 *
 * ```ts
 * plugins: [{ resolve: "@hybrid/insights", options: { consumerChannelName: "Consumer", tradeChannelName: "Trade" } }]
 * ```
 */
export type InsightsOptions = {
  /** Name of the sales channel of the consumer market. Default "Consumer". */
  consumerChannelName?: string
  /** Name of the sales channel of the trade market. Default "Trade". */
  tradeChannelName?: string
  /** How many rows the top-products and top-companies lists hold. Default 5. */
  topListSize?: number
  /**
   * Container keys of modules that contribute trade figures (quotes, approvals). Each is looked up
   * on every dashboard request; a key that is not registered, or whose service does not implement
   * `TradeFigureSource`, shows its figures as "not available". Default ["quote", "approval"].
   */
  tradeFigureSources?: string[]
  /**
   * Container key of the module that describes companies (`CompanyFigureSource`): the
   * company-accounts plugin's `company` module. When it is not registered, top companies, credit,
   * memberships and the company 360 show as "not available". Default "company".
   */
  companyFigureSource?: string
}

export const DEFAULT_OPTIONS: Required<InsightsOptions> = {
  consumerChannelName: "Consumer",
  tradeChannelName: "Trade",
  topListSize: 5,
  tradeFigureSources: ["quote", "approval"],
  companyFigureSource: "company",
}

/** A period the trade figure sources are asked about: [from, to) in UTC, for one currency. */
export type TradeFigureQuery = { currency_code: string; from: Date; to: Date }

/** Figures of the quotes module, per currency and period. Amounts in major units. */
export type QuoteFigures = {
  /** Quotes open now (requested or sent, not yet accepted, declined or expired). */
  open_count: number
  open_value: number
  /** Accepted / (accepted + declined + expired) among quotes decided in the period; null when none was decided. */
  win_rate: number | null
  /** Median hours from request to acceptance of the quotes accepted in the period; null when none. */
  median_hours_to_accept: number | null
}

/** Figures of the approvals module, per currency and period. */
export type ApprovalFigures = {
  /** Approval requests waiting for a decision now. */
  pending_count: number
  pending_value: number
  /** Median hours from request to decision of the approvals decided in the period; null when none. */
  median_hours_to_decide: number | null
}

/**
 * Extension point for the quotes and approvals plugins (issue 5). The dashboard invokes it once per
 * request for the chosen currency and period, on the service registered under one of the
 * `tradeFigureSources` keys; it receives the period and returns its figures, or null when it has
 * none for that currency. Example, in a quote module's service:
 *
 * ```ts
 * async insightsFigures({ currency_code, from, to }: TradeFigureQuery) {
 *   return { quotes: await this.summarise(currency_code, from, to) }
 * }
 * ```
 */
export interface TradeFigureSource {
  insightsFigures(query: TradeFigureQuery): Promise<{ quotes?: QuoteFigures; approvals?: ApprovalFigures } | null>
}

/** The company read model (company-accounts implements it): a contract between plugins, so it lives in the kit. */
export type {
  CompanyCreditFigures,
  CompanyFacts,
  CompanyFigureSource,
  CompanyMembership,
} from "@hybrid/plugin-kit/company-figures"
