export function formatNumber(value: number | null | undefined, locale = "en-US"): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—"
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)
}

/** A change in percent with its sign ("+12.5 %"); "new" when there was nothing to compare with. */
export function formatChange(percent: number | null, previous: number): string {
  if (percent === null) return previous === 0 ? "new" : "—"
  const sign = percent > 0 ? "+" : ""
  return `${sign}${percent.toFixed(1)} %`
}

export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined ? "—" : `${value.toFixed(1)} %`
}

export const CHANNEL_LABELS = { consumer: "Consumer", trade: "Trade", total: "Total", other: "Other" } as const
