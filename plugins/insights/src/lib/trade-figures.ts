import type { ApprovalFigures, QuoteFigures, TradeFigureQuery, TradeFigureSource } from "../types"

export type Availability<T> = ({ available: true } & T) | { available: false; reason: string }

export type TradeFigures = {
  quotes: Availability<QuoteFigures>
  approvals: Availability<ApprovalFigures>
}

const isSource = (service: unknown): service is TradeFigureSource =>
  typeof (service as TradeFigureSource | undefined)?.insightsFigures === "function"

/**
 * Asks every registered trade figure source (see TradeFigureSource) for the period's quotes and
 * approvals. Figures nobody provides come back as `available: false` with the reason, so the
 * dashboard shows "not available" instead of a misleading zero. A source that fails is reported
 * the same way; it never fails the dashboard.
 */
export async function tradeFigures(
  scope: { hasRegistration(key: string): boolean; resolve(key: string): unknown },
  sourceKeys: string[],
  query: TradeFigureQuery
): Promise<TradeFigures> {
  const result: TradeFigures = {
    quotes: { available: false, reason: "No quotes module is installed" },
    approvals: { available: false, reason: "No approvals module is installed" },
  }
  for (const key of sourceKeys) {
    if (!scope.hasRegistration(key)) continue
    const service = scope.resolve(key)
    if (!isSource(service)) continue
    try {
      const figures = await service.insightsFigures(query)
      if (figures?.quotes) result.quotes = { available: true, ...figures.quotes }
      if (figures?.approvals) result.approvals = { available: true, ...figures.approvals }
    } catch (error) {
      const reason = `The "${key}" module could not report: ${(error as Error).message}`
      if (result.quotes.available === false) result.quotes = { available: false, reason }
      if (result.approvals.available === false) result.approvals = { available: false, reason }
    }
  }
  return result
}
