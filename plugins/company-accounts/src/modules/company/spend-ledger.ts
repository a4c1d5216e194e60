import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { BigNumber, MathBN, MedusaError, generateEntityId } from "@medusajs/framework/utils"
import type { SpendingPeriod } from "../../constants"
import { periodStart as currentPeriodStart } from "../../lib/spending"

/** What a cart about to be completed commits to its company's ledger. Amounts in major units. */
export type CommitSpendInput = {
  company_id: string
  employee_id: string
  cart_id: string
  /** The cart's total (what the company pays), in the company's currency. */
  amount: number | string
  currency_code: string
  /** Paid on account (counts against the company's credit limit until settled). */
  on_account: boolean
  /** The moment the spending period is evaluated at. Default: now. */
  now?: Date
}

export type CommitSpendResult = {
  /** id of the spend_commitment row of the cart. */
  id: string
  /**
   * false when the cart already had a commitment (a retried completion): nothing was written or
   * checked, and a compensation must not delete the row.
   */
  created: boolean
  /** Start of the spending period the commitment counts in. */
  period_start: Date
}

const PERIOD_NOUN: Record<SpendingPeriod, string> = {
  monthly: "month",
  quarterly: "quarter",
  yearly: "year",
}

/** "€1,000.00" — limits and remainders as a buyer reads them. */
export function formatMoney(amount: Parameters<typeof MathBN.convert>[0], currencyCode: string): string {
  const value = Number(MathBN.convert(amount).toFixed(2))
  try {
    return new Intl.NumberFormat("en", { style: "currency", currency: currencyCode.toUpperCase() }).format(value)
  } catch {
    return `${currencyCode.toUpperCase()} ${value.toFixed(2)}`
  }
}

type LockedCompany = {
  id: string
  name: string
  status: string
  currency_code: string
  credit_limit: string | null
  spending_period: SpendingPeriod
}

type Row = Record<string, unknown>

function first<T extends Row>(rows: unknown): T | undefined {
  return (rows as T[] | undefined)?.[0]
}

/** Sums of the ledger, read inside the caller's transaction. */
export type LedgerTotals = {
  /** The employee's commitments since `period_start`. */
  spent: BigNumber
  /** The company's on-account commitments not yet settled. */
  exposure: BigNumber
}

/**
 * Reads the employee's spend in the period and the company's unsettled on-account exposure. Pure
 * read: call it after the lock when the answer decides a write.
 */
export async function readLedgerTotals(
  manager: SqlEntityManager,
  input: { company_id: string; employee_id: string; period_start: Date }
): Promise<LedgerTotals> {
  const totals = first<{ spent: string; exposure: string }>(
    await manager.execute(
      `SELECT
         COALESCE(SUM(amount) FILTER (WHERE employee_id = ? AND created_at >= ?), 0)::text AS spent,
         COALESCE(SUM(amount) FILTER (WHERE on_account AND settled_at IS NULL), 0)::text AS exposure
       FROM spend_commitment
       WHERE company_id = ? AND deleted_at IS NULL`,
      [input.employee_id, input.period_start, input.company_id]
    )
  )
  return {
    spent: new BigNumber(totals?.spent ?? "0"),
    exposure: new BigNumber(totals?.exposure ?? "0"),
  }
}

/**
 * Checks the employee's spending limit and (for on-account payment) the company's credit limit, and
 * writes the cart's spend_commitment — all inside the caller's transaction, after locking the
 * company row (`SELECT … FOR UPDATE`), so concurrent completions of the same company serialise and
 * each one sees the commitments of those before it.
 *
 * - Spending limit: the employee's commitments since the start of the company's current period
 *   (monthly / quarterly / yearly, see periodStart in src/lib/spending.ts) plus this cart ≤ employee.spending_limit
 *   (null = no personal limit).
 * - Credit limit (on account only): the company's unsettled on-account commitments plus this cart ≤
 *   company.credit_limit.
 *
 * Throws MedusaError NOT_ALLOWED naming the limit and what remains. Idempotent per cart: a cart
 * that already has a commitment returns it unchanged (`created: false`).
 *
 * Only the limits are checked here; status, role, PO number, currency and payment terms are the
 * caller's (the complete-cart hook), since they do not depend on other carts.
 */
export async function commitSpend(manager: SqlEntityManager, input: CommitSpendInput): Promise<CommitSpendResult> {
  const company = first<LockedCompany>(
    await manager.execute(
      `SELECT id, name, status, currency_code, credit_limit::text AS credit_limit, spending_period
       FROM company WHERE id = ? AND deleted_at IS NULL FOR UPDATE`,
      [input.company_id]
    )
  )
  if (!company) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Company with id: ${input.company_id} was not found`)
  }
  // The entitlement, read again under the lock: a status change writes this row and an employee
  // removal locks it (removeEmployees), so neither can land between this check and the insert.
  if (company.status !== "active") {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Your company account is ${company.status}: orders can be placed once ${company.name} is active.`
    )
  }
  const periodStart = currentPeriodStart(company.spending_period, input.now)

  const existing = first<{ id: string; period_start: Date }>(
    await manager.execute(`SELECT id, period_start FROM spend_commitment WHERE cart_id = ? AND deleted_at IS NULL`, [
      input.cart_id,
    ])
  )
  if (existing) {
    return { id: existing.id, created: false, period_start: new Date(existing.period_start) }
  }

  const employee = first<{ spending_limit: string | null }>(
    await manager.execute(
      `SELECT spending_limit::text AS spending_limit FROM employee
       WHERE id = ? AND company_id = ? AND deleted_at IS NULL`,
      [input.employee_id, input.company_id]
    )
  )
  if (!employee) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `You are no longer a member of ${company.name}: trade prices and payment on account are not available.`
    )
  }

  const amount = MathBN.convert(input.amount)
  const currency = company.currency_code
  const { spent, exposure } = await readLedgerTotals(manager, {
    company_id: company.id,
    employee_id: input.employee_id,
    period_start: periodStart,
  })

  if (employee.spending_limit !== null) {
    const limit = MathBN.convert(employee.spending_limit)
    if (MathBN.gt(MathBN.add(spent, amount), limit)) {
      const remaining = MathBN.max(MathBN.sub(limit, spent), 0)
      const period = PERIOD_NOUN[company.spending_period] ?? "period"
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Spending limit exceeded: your spending limit is ${formatMoney(limit, currency)} per ${period}, ` +
          `${formatMoney(remaining, currency)} remains this ${period}, and this order totals ` +
          `${formatMoney(amount, currency)}.`
      )
    }
  }

  if (input.on_account) {
    const limit = MathBN.convert(company.credit_limit ?? 0)
    if (MathBN.gt(MathBN.add(exposure, amount), limit)) {
      const remaining = MathBN.max(MathBN.sub(limit, exposure), 0)
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Credit limit exceeded: your company's credit limit is ${formatMoney(limit, currency)}, ` +
          `${formatMoney(remaining, currency)} remains available on account, and this order totals ` +
          `${formatMoney(amount, currency)}.`
      )
    }
  }

  const id = generateEntityId(undefined, "spend")
  const raw = new BigNumber(amount).raw
  await manager.execute(
    `INSERT INTO spend_commitment
       (id, company_id, employee_id, cart_id, amount, raw_amount, currency_code, on_account, period_start)
     VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)`,
    [
      id,
      company.id,
      input.employee_id,
      input.cart_id,
      amount.toString(),
      JSON.stringify(raw),
      input.currency_code,
      input.on_account,
      periodStart,
    ]
  )
  return { id, created: true, period_start: periodStart }
}
