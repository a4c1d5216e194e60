/** Money in major units: formatMoney(1500, "eur") → "€1,500.00". */
export function formatMoney(amount: number | null | undefined, currencyCode: string, locale = "en-US"): string {
  if (amount === null || amount === undefined || !Number.isFinite(amount)) return "—"
  try {
    return new Intl.NumberFormat(locale, { style: "currency", currency: currencyCode.toUpperCase() }).format(amount)
  } catch {
    return `${amount.toFixed(2)} ${currencyCode.toUpperCase()}`
  }
}

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

export function formatDate(iso: string | null | undefined, locale = "en-GB"): string {
  if (!iso) return "—"
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? "—" : date.toLocaleDateString(locale, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" })
}

export function errorMessage(error: unknown): string {
  return (error as { message?: string } | null)?.message ?? "Unknown error"
}

export const CHANNEL_LABELS = { consumer: "Consumer", trade: "Trade", total: "Total", other: "Other" } as const
