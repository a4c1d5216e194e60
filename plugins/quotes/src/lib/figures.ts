import { isExpired, quoteTotals, type QuoteLineRecord } from "./serialize"
import type { QuoteStatus } from "../constants"

/**
 * Quote figures for the insights dashboard (shape of @hybrid/insights' QuoteFigures, repeated here
 * so this plugin does not depend on insights). Pure: the service loads the rows.
 */
export type QuoteFigures = {
  open_count: number
  open_value: number
  win_rate: number | null
  median_hours_to_accept: number | null
}

export type FigureQuote = {
  status: QuoteStatus
  expires_at: Date | string | null
  created_at: Date | string
  lines: QuoteLineRecord[]
}

/** A decision that happened: accepted, declined (merchant), rejected (buyer), each with its time. */
export type FigureDecision = {
  action: "accepted" | "declined" | "rejected"
  at: Date | string
  quote_created_at: Date | string
}

export function median(values: number[]): number | null {
  if (!values.length) {
    return null
  }
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/**
 * - open: requested, or sent and not expired, now (value = offered subtotal, net);
 * - win rate: accepted / (accepted + declined + rejected + expired) among the quotes decided in
 *   [from, to) — a quote expires at its expires_at; null when none was decided;
 * - median hours from request to acceptance of the quotes accepted in [from, to).
 */
export function computeQuoteFigures(input: {
  open: FigureQuote[]
  decisions: FigureDecision[]
  expiredInPeriod: number
  now: Date
}): QuoteFigures {
  const open = input.open.filter((q) => q.status === "requested" || (q.status === "sent" && !isExpired(q, input.now)))
  const openValue = open.reduce((sum, q) => sum + quoteTotals(q.lines).subtotal, 0)
  const accepted = input.decisions.filter((d) => d.action === "accepted")
  const decided = input.decisions.length + input.expiredInPeriod
  const hours = accepted.map((d) => (new Date(d.at).getTime() - new Date(d.quote_created_at).getTime()) / 3_600_000)
  const medianHours = median(hours)
  return {
    open_count: open.length,
    open_value: Math.round(openValue * 100) / 100,
    win_rate: decided ? accepted.length / decided : null,
    median_hours_to_accept: medianHours === null ? null : Math.round(medianHours * 10) / 10,
  }
}
