import { MAX_DAY_BUCKETS, MAX_PERIOD_DAYS, PERIOD_PRESETS, type Bucket, type PeriodPreset } from "../constants"

/**
 * Periods of the dashboard. Every boundary is a UTC midnight; a period is the half-open range
 * [from, to). Custom ranges name whole days, both inclusive (`from=2026-01-01&to=2026-01-31` is
 * January). The previous period is the equally long range just before it, so "change" always
 * compares like with like (month-to-date on the 26th compares 26 days with the 26 days before).
 */

const DAY_MS = 24 * 60 * 60 * 1000
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/

/** A bad query parameter; `field` is the parameter's name, and the message starts with it. */
export class PeriodError extends Error {
  constructor(
    readonly field: string,
    message: string
  ) {
    super(`${field}: ${message}`)
    this.name = "PeriodError"
  }
}

export type PeriodInput = {
  period?: PeriodPreset
  from?: string
  to?: string
  bucket?: Bucket
}

export type ResolvedPeriod = {
  preset: PeriodPreset
  from: Date
  /** Exclusive. */
  to: Date
  days: number
  bucket: Bucket
  previous: { from: Date; to: Date }
}

export function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()))
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS)
}

/** YYYY-MM-DD of a UTC instant. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10)
}

/** A calendar date YYYY-MM-DD as its UTC midnight; throws PeriodError(field) when it is not a real date. */
export function parseDay(value: string, field: string): Date {
  const match = DATE_PATTERN.exec(value)
  if (!match) {
    throw new PeriodError(field, `expected a date as YYYY-MM-DD, got "${value}"`)
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new PeriodError(field, `"${value}" is not a calendar date`)
  }
  return date
}

function presetRange(preset: Exclude<PeriodPreset, "custom">, now: Date): { from: Date; to: Date } {
  const today = startOfUtcDay(now)
  const tomorrow = addDays(today, 1)
  const year = today.getUTCFullYear()
  const month = today.getUTCMonth()
  switch (preset) {
    case "today":
      return { from: today, to: tomorrow }
    case "last_7_days":
      return { from: addDays(today, -6), to: tomorrow }
    case "last_30_days":
      return { from: addDays(today, -29), to: tomorrow }
    case "last_90_days":
      return { from: addDays(today, -89), to: tomorrow }
    case "month_to_date":
      return { from: new Date(Date.UTC(year, month, 1)), to: tomorrow }
    case "quarter_to_date":
      return { from: new Date(Date.UTC(year, month - (month % 3), 1)), to: tomorrow }
    case "year_to_date":
      return { from: new Date(Date.UTC(year, 0, 1)), to: tomorrow }
    case "last_12_months":
      return { from: new Date(Date.UTC(year - 1, month, today.getUTCDate() + 1)), to: tomorrow }
  }
}

/** The bucket a chart of `days` days uses when none is asked for: about 7–60 points. */
export function defaultBucket(days: number): Bucket {
  if (days <= 62) return "day"
  if (days <= 366) return "week"
  return "month"
}

/**
 * Resolves the dashboard's period parameters. `from`/`to` alone mean a custom range; a preset with
 * `from` or `to` is refused rather than silently ignoring either. Throws PeriodError naming the
 * offending parameter.
 */
export function resolvePeriod(input: PeriodInput, now: Date = new Date()): ResolvedPeriod {
  const hasRange = input.from !== undefined || input.to !== undefined
  const preset: PeriodPreset = input.period ?? (hasRange ? "custom" : "last_30_days")
  if (!(PERIOD_PRESETS as readonly string[]).includes(preset)) {
    throw new PeriodError("period", `expected one of ${PERIOD_PRESETS.join(", ")}`)
  }
  let from: Date
  let to: Date
  if (preset === "custom") {
    if (input.from === undefined) {
      throw new PeriodError("from", "required for a custom period (YYYY-MM-DD)")
    }
    if (input.to === undefined) {
      throw new PeriodError("to", "required for a custom period (YYYY-MM-DD)")
    }
    from = parseDay(input.from, "from")
    const lastDay = parseDay(input.to, "to")
    if (lastDay < from) {
      throw new PeriodError("to", `${input.to} is before from (${input.from})`)
    }
    to = addDays(lastDay, 1)
  } else {
    if (hasRange) {
      throw new PeriodError(
        input.from !== undefined ? "from" : "to",
        `only allowed with period=custom (got period=${preset})`
      )
    }
    ;({ from, to } = presetRange(preset, now))
  }
  const days = Math.round((to.getTime() - from.getTime()) / DAY_MS)
  if (days > MAX_PERIOD_DAYS) {
    throw new PeriodError("to", `a period spans at most ${MAX_PERIOD_DAYS} days (got ${days})`)
  }
  const bucket = input.bucket ?? defaultBucket(days)
  if (bucket === "day" && days > MAX_DAY_BUCKETS) {
    throw new PeriodError(
      "bucket",
      `day buckets cover at most ${MAX_DAY_BUCKETS} days; use week or month for ${days} days`
    )
  }
  return { preset, from, to, days, bucket, previous: { from: addDays(from, -days), to: from } }
}

/** Start (YYYY-MM-DD) of the bucket holding `date`: the day, the ISO week's Monday, or the month's 1st. */
export function bucketKey(date: Date, bucket: Bucket): string {
  const day = startOfUtcDay(date)
  if (bucket === "day") return isoDay(day)
  if (bucket === "week") {
    const sinceMonday = (day.getUTCDay() + 6) % 7
    return isoDay(addDays(day, -sinceMonday))
  }
  return isoDay(new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), 1)))
}

/** Every bucket start of [from, to) in order, so a chart shows empty days as zero, not as a gap. */
export function bucketKeys(from: Date, to: Date, bucket: Bucket): string[] {
  const keys: string[] = []
  let cursor = new Date(`${bucketKey(from, bucket)}T00:00:00Z`)
  while (cursor < to) {
    keys.push(isoDay(cursor))
    cursor =
      bucket === "day"
        ? addDays(cursor, 1)
        : bucket === "week"
          ? addDays(cursor, 7)
          : new Date(Date.UTC(cursor.getUTCFullYear(), cursor.getUTCMonth() + 1, 1))
  }
  return keys
}

/** Change of a figure against the previous period; `percent` is null when there is nothing to compare with. */
export function change(current: number, previous: number): { absolute: number; percent: number | null } {
  const absolute = round2(current - previous)
  if (previous === 0) {
    return { absolute, percent: null }
  }
  return { absolute, percent: Math.round(((current - previous) / Math.abs(previous)) * 1000) / 10 }
}

/** Money and ratios in the API carry two decimals at most (amounts are in major units). */
export function round2(value: number): number {
  return Math.round((value + Number.EPSILON) * 100) / 100
}
