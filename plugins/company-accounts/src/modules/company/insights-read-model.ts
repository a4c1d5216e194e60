import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { CompanyCreditFigures, CompanyFacts, CompanyMembership } from "@hybrid/plugin-kit/company-figures"

/**
 * The company module's read model for the insights dashboard (its `CompanyFigureSource`, the contract in
 * @hybrid/plugin-kit/company-figures): figures of this module's own tables, so insights never queries
 * them itself. Amounts come back as numbers in major units; credit "used" is the company's
 * unsettled on-account spend commitments, as the credit-limit check counts it (spend-ledger.ts).
 */

const USED = `(SELECT COALESCE(sum(sc.amount), 0) FROM spend_commitment sc
   WHERE sc.company_id = co.id AND sc.on_account AND sc.settled_at IS NULL AND sc.deleted_at IS NULL)`

/** Active companies on net terms in the currency: their credit limits, what they use, what remains. */
export async function creditFigures(manager: SqlEntityManager, currencyCode: string): Promise<CompanyCreditFigures> {
  const [row] = await manager.execute(
    `SELECT count(*) AS companies,
            COALESCE(sum(co.credit_limit), 0) AS credit_limit,
            COALESCE(sum(x.used), 0) AS used,
            COALESCE(sum(GREATEST(co.credit_limit - x.used, 0)), 0) AS available,
            count(*) FILTER (WHERE x.used > co.credit_limit) AS over_limit
     FROM company co
     CROSS JOIN LATERAL (SELECT ${USED} AS used) x
     WHERE co.deleted_at IS NULL AND co.status = 'active' AND co.payment_terms <> 'prepaid'
       AND co.currency_code = ?`,
    [currencyCode]
  )
  return {
    companies: Number(row?.companies ?? 0),
    limit: Number(row?.credit_limit ?? 0),
    used: Number(row?.used ?? 0),
    available_credit: Number(row?.available ?? 0),
    over_limit: Number(row?.over_limit ?? 0),
  }
}

/** One company (not deleted) with its credit limit and used credit, or null. */
export async function companyFacts(manager: SqlEntityManager, companyId: string): Promise<CompanyFacts | null> {
  const [row] = await manager.execute(
    `SELECT co.id, co.name, co.status, co.currency_code, co.payment_terms, co.credit_limit, ${USED} AS used
     FROM company co WHERE co.id = ? AND co.deleted_at IS NULL`,
    [companyId]
  )
  if (!row) return null
  return {
    id: String(row.id),
    name: String(row.name),
    status: String(row.status),
    currency_code: String(row.currency_code),
    payment_terms: String(row.payment_terms),
    credit_limit: Number(row.credit_limit ?? 0),
    used: Number(row.used ?? 0),
  }
}

/**
 * Employee records of these customers (in companies not deleted), or every employee of one
 * company, oldest first.
 */
export async function memberships(
  manager: SqlEntityManager,
  filter: { customer_ids: string[] } | { company_id: string }
): Promise<CompanyMembership[]> {
  const byCustomers = "customer_ids" in filter
  if (byCustomers && !filter.customer_ids.length) return []
  const rows = await manager.execute(
    `SELECT e.id AS employee_id, e.customer_id, e.role, e.created_at, co.id, co.name, co.status
     FROM employee e JOIN company co ON co.id = e.company_id
     WHERE e.deleted_at IS NULL AND ${
       byCustomers ? "co.deleted_at IS NULL AND e.customer_id = ANY(string_to_array(?, ','))" : "e.company_id = ?"
     }
     ORDER BY e.created_at`,
    // One comma-separated binding: knex would expand an array binding into a list.
    [byCustomers ? filter.customer_ids.join(",") : filter.company_id]
  )
  return rows.map((row: Record<string, any>) => ({
    employee_id: String(row.employee_id),
    customer_id: String(row.customer_id),
    role: String(row.role),
    created_at: row.created_at,
    company: { id: String(row.id), name: String(row.name), status: String(row.status) },
  }))
}
