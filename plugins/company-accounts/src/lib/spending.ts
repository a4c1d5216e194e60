import { MathBN } from "@medusajs/framework/utils"
import type { SpendingPeriod } from "../constants"
import type CompanyModuleService from "../modules/company/service"

/**
 * Start (UTC) of the spending period that contains `at`: the first day of the month, quarter or
 * year. Spending limits count what an employee committed since this instant.
 */
export function periodStart(period: SpendingPeriod, at: Date = new Date()): Date {
  const year = at.getUTCFullYear()
  const month = at.getUTCMonth()
  switch (period) {
    case "monthly":
      return new Date(Date.UTC(year, month, 1))
    case "quarterly":
      return new Date(Date.UTC(year, month - (month % 3), 1))
    case "yearly":
      return new Date(Date.UTC(year, 0, 1))
  }
}

export type SpendingSummary = {
  period_start: string
  spent: number
  /** null when the employee has no personal limit. */
  remaining: number | null
  currency_code: string
}

export type CreditSummary = { limit: number; used: number; available: number }

type AmountRow = { amount: unknown }

const total = (rows: AmountRow[]) => rows.reduce((sum, row) => MathBN.add(sum, row.amount as number), MathBN.convert(0))

/**
 * What an employee committed in the current period (spend_commitment rows created since the
 * period started) and what is left of their personal limit. Never negative.
 */
export async function spendingSummary(
  service: CompanyModuleService,
  company: { id: string; spending_period: SpendingPeriod; currency_code: string },
  employee: { id: string; spending_limit: unknown },
  now: Date = new Date()
): Promise<SpendingSummary> {
  const start = periodStart(company.spending_period, now)
  const rows = await service.listSpendCommitments(
    { company_id: company.id, employee_id: employee.id, created_at: { $gte: start } },
    { select: ["amount"] }
  )
  const spent = total(rows)
  const limit = employee.spending_limit
  const remaining =
    limit === null || limit === undefined ? null : MathBN.max(MathBN.sub(limit as number, spent), 0).toNumber()
  return { period_start: start.toISOString(), spent: spent.toNumber(), remaining, currency_code: company.currency_code }
}

/** The company's credit: its limit, the unsettled on-account commitments (exposure) and what is left. */
export async function creditSummary(
  service: CompanyModuleService,
  company: { id: string; credit_limit: unknown }
): Promise<CreditSummary> {
  const rows = await service.listSpendCommitments(
    { company_id: company.id, on_account: true, settled_at: null },
    { select: ["amount"] }
  )
  const used = total(rows)
  const limit = MathBN.convert((company.credit_limit ?? 0) as number)
  return {
    limit: limit.toNumber(),
    used: used.toNumber(),
    available: MathBN.max(MathBN.sub(limit, used), 0).toNumber(),
  }
}
