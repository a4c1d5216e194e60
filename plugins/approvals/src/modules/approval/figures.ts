import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"

/**
 * The approvals figures of the insights dashboard (plugins/insights/src/types.ts, ApprovalFigures):
 * requests pending now in the currency (count and net value), and the median hours from request to
 * decision of the requests decided in [from, to).
 */
export type ApprovalFigures = {
  pending_count: number
  pending_value: number
  median_hours_to_decide: number | null
}

export type FiguresQuery = { currency_code: string; from: Date; to: Date }

export async function readApprovalFigures(manager: SqlEntityManager, query: FiguresQuery): Promise<ApprovalFigures> {
  const currency = query.currency_code.toLowerCase()
  const [pending] = (await manager.execute(
    `SELECT count(*)::int AS count, COALESCE(SUM(amount), 0)::text AS value
     FROM approval_request
     WHERE status = 'pending' AND currency_code = ? AND deleted_at IS NULL`,
    [currency]
  )) as unknown as { count: number; value: string }[]
  const [decided] = (await manager.execute(
    `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM (decided_at - created_at)) / 3600)::text AS median
     FROM approval_request
     WHERE decided_at IS NOT NULL AND decided_at >= ? AND decided_at < ?
       AND currency_code = ? AND deleted_at IS NULL`,
    [query.from, query.to, currency]
  )) as unknown as { median: string | null }[]
  return {
    pending_count: Number(pending?.count ?? 0),
    pending_value: Number(pending?.value ?? 0),
    median_hours_to_decide:
      decided?.median === null || decided?.median === undefined ? null : Math.round(Number(decided.median) * 100) / 100,
  }
}
