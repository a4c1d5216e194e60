import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"

/** The two tables whose rows move through statuses. */
export type StatusTable = "approval_request" | "merchant_review"

/** Columns a status transition may set besides `status`, per table. */
const SETTABLE: Record<StatusTable, readonly string[]> = {
  approval_request: ["decided_by_customer_id", "decided_by_name", "decision_comment", "decided_at", "order_id"],
  merchant_review: ["decided_by", "decided_by_name", "comment", "decided_at"],
}

export type TransitionInput = {
  id: string
  /** The status the row must have now; otherwise nothing is written. */
  from: string
  to: string
  /** Other columns to set (only the table's decision columns). */
  set?: Record<string, unknown>
}

/**
 * Moves one row from `from` to `to` in a single conditional UPDATE (… WHERE status = from), so two
 * concurrent decisions on the same row cannot both succeed: the second finds the status changed and
 * updates nothing. Returns whether this call made the transition.
 */
export async function transitionStatus(
  manager: SqlEntityManager,
  table: StatusTable,
  input: TransitionInput
): Promise<boolean> {
  const columns = Object.keys(input.set ?? {}).filter((column) => SETTABLE[table].includes(column))
  const assignments = ["status = ?", "updated_at = now()", ...columns.map((column) => `"${column}" = ?`)]
  const values = [input.to, ...columns.map((column) => (input.set as Record<string, unknown>)[column] ?? null)]
  const rows = (await manager.execute(
    `UPDATE "${table}" SET ${assignments.join(", ")}
     WHERE id = ? AND status = ? AND deleted_at IS NULL
     RETURNING id`,
    [...values, input.id, input.from]
  )) as unknown as { id: string }[]
  return rows.length > 0
}
