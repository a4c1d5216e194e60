import type { MedusaContainer } from "@medusajs/framework/types"

/**
 * The read-model contract between the plugin that keeps companies (company-accounts) and the
 * insights dashboard, so that neither imports the other: the company-accounts plugin's `company`
 * module service implements `CompanyFigureSource` from its own tables, and insights resolves it with
 * `companyFigureSource(container, key)`, which answers null when no such service is installed
 * (the dashboard then shows company figures as "not available"). Amounts are numbers in major units.
 */

/** Credit used vs available across the active companies on net terms in one currency. */
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
 * Extension point for the plugin that keeps companies: the read model of its own tables the insights
 * dashboard uses. The dashboard calls `insightsCredit` once per overview request; the 360 views
 * call `insightsCompany` and `insightsMemberships`. Which orders belong to which company is not
 * part of it: insights reads that through the company ↔ order module link with `query.graph`.
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

const isSource = (service: unknown): service is CompanyFigureSource =>
  typeof (service as CompanyFigureSource | undefined)?.insightsCredit === "function" &&
  typeof (service as CompanyFigureSource | undefined)?.insightsCompany === "function" &&
  typeof (service as CompanyFigureSource | undefined)?.insightsMemberships === "function"

/** The service registered under `key` when it implements `CompanyFigureSource`, else null. */
export function companyFigureSource(
  container: Pick<MedusaContainer, "resolve" | "hasRegistration">,
  key: string
): CompanyFigureSource | null {
  if (!container.hasRegistration(key)) return null
  const service: unknown = container.resolve(key)
  return isSource(service) ? service : null
}
