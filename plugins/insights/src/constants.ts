/** Module name of the insights plugin (a query service: it owns no tables). */
export const INSIGHTS_MODULE = "insights"

/** The two markets the dashboard compares, in display order. */
export const CHANNEL_KEYS = ["consumer", "trade"] as const
export type ChannelKey = (typeof CHANNEL_KEYS)[number]

export const PERIOD_PRESETS = [
  "today",
  "last_7_days",
  "last_30_days",
  "last_90_days",
  "month_to_date",
  "quarter_to_date",
  "year_to_date",
  "last_12_months",
  "custom",
] as const
export type PeriodPreset = (typeof PERIOD_PRESETS)[number]

export const BUCKETS = ["day", "week", "month"] as const
export type Bucket = (typeof BUCKETS)[number]

/** The longest period the dashboard answers for, in days (three years, one of them a leap year). */
export const MAX_PERIOD_DAYS = 1096
/** Day buckets beyond this are refused: a chart of more than a year of days is unreadable. */
export const MAX_DAY_BUCKETS = 366
