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

/** Credit used vs available across the active companies on net terms in one currency. Amounts in major units. */
export type CompanyCreditFigures = {
  /** Active companies on net terms (not prepaid) in the currency. */
  companies: number
  /** Sum of their credit limits. */
  limit: number
  /** Sum of their unsettled on-account spend commitments. */
  used: number
  /** Sum over the companies of max(limit − used, 0). */
  available_credit: number
  /** How many of them have used more than their limit. */
  over_limit: number
}

/** One company as the company 360 shows it. */
export type CompanyFacts = {
  id: string
  name: string
  status: string
  currency_code: string
  payment_terms: string
  credit_limit: number
  /** Unsettled on-account spend commitments. */
  used: number
}

/** A customer's membership of a company (one employee record). */
export type CompanyMembership = {
  employee_id: string
  customer_id: string
  role: string
  created_at: Date | string
  company: { id: string; name: string; status: string }
}

/**
 * Extension point for the plugin that keeps companies (company-accounts), the read model of its
 * own tables the dashboard uses: the service registered under the `companyFigureSource` key
 * implements it. The dashboard calls `insightsCredit` once per overview request; the 360 views
 * call `insightsCompany` and `insightsMemberships`. Which orders belong to which company is read
 * through the company ↔ order module link with `query.graph` (see lib/company-figures.ts).
 * Example, in a company module's service:
 *
 * ```ts
 * async insightsMemberships(filter: { customer_ids: string[] } | { company_id: string }) {
 *   const employees = await this.listEmployees(filter, { relations: ["company"] })
 *   return employees.map((e) => ({ employee_id: e.id, customer_id: e.customer_id, role: e.role, created_at: e.created_at, company: e.company }))
 * }
 * ```
 */
export interface CompanyFigureSource {
  /** Credit figures of one currency. */
  insightsCredit(query: { currency_code: string }): Promise<CompanyCreditFigures>
  /** One company (not deleted), or null. */
  insightsCompany(companyId: string): Promise<CompanyFacts | null>
  /**
   * Memberships of these customers, or every employee of one company, oldest first; deleted
   * employees and (for customers) deleted companies left out.
   */
  insightsMemberships(filter: { customer_ids: string[] } | { company_id: string }): Promise<CompanyMembership[]>
}
