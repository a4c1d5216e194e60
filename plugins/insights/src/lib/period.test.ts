import { describe, expect, it } from "vitest"
import { PeriodError, bucketKey, bucketKeys, change, defaultBucket, resolvePeriod } from "./period"

const NOW = new Date("2026-11-26T15:30:00Z")
const day = (d: Date) => d.toISOString().slice(0, 10)

function fails(input: Parameters<typeof resolvePeriod>[0]): PeriodError {
  try {
    resolvePeriod(input, NOW)
  } catch (error) {
    expect(error).toBeInstanceOf(PeriodError)
    return error as PeriodError
  }
  throw new Error("expected a PeriodError")
}

describe("resolvePeriod", () => {
  it("defaults to the last 30 days including today, by day, against the 30 days before", () => {
    const p = resolvePeriod({}, NOW)
    expect([p.preset, day(p.from), day(p.to), p.days, p.bucket]).toEqual([
      "last_30_days",
      "2026-10-28",
      "2026-11-27",
      30,
      "day",
    ])
    expect([day(p.previous.from), day(p.previous.to)]).toEqual(["2026-09-28", "2026-10-28"])
  })

  it.each([
    ["today", "2026-11-26", 1],
    ["last_7_days", "2026-11-20", 7],
    ["last_90_days", "2026-08-29", 90],
    ["month_to_date", "2026-11-01", 26],
    ["quarter_to_date", "2026-10-01", 57],
    ["year_to_date", "2026-01-01", 330],
    ["last_12_months", "2025-11-27", 365],
  ] as const)("%s starts on %s and spans %i days up to the end of today", (period, from, days) => {
    const p = resolvePeriod({ period }, NOW)
    expect(day(p.from)).toBe(from)
    expect(day(p.to)).toBe("2026-11-27")
    expect(p.days).toBe(days)
    expect(p.previous.to.getTime()).toBe(p.from.getTime())
    expect(p.previous.to.getTime() - p.previous.from.getTime()).toBe(p.to.getTime() - p.from.getTime())
  })

  it("reads a custom range as whole days, both inclusive; from/to alone imply custom", () => {
    const p = resolvePeriod({ from: "2026-01-01", to: "2026-01-31" }, NOW)
    expect([p.preset, day(p.from), day(p.to), p.days]).toEqual(["custom", "2026-01-01", "2026-02-01", 31])
    expect([day(p.previous.from), day(p.previous.to)]).toEqual(["2025-12-01", "2026-01-01"])
    expect(resolvePeriod({ period: "custom", from: "2026-03-05", to: "2026-03-05" }, NOW).days).toBe(1)
  })

  it("picks day, week or month buckets from the length unless one is asked for", () => {
    expect(defaultBucket(31)).toBe("day")
    expect(defaultBucket(90)).toBe("week")
    expect(defaultBucket(730)).toBe("month")
    expect(resolvePeriod({ period: "last_7_days", bucket: "month" }, NOW).bucket).toBe("month")
  })

  it("names the field of every bad input", () => {
    expect(fails({ period: "custom", to: "2026-01-01" }).field).toBe("from")
    expect(fails({ period: "custom", from: "2026-01-01" }).field).toBe("to")
    expect(fails({ from: "2026-13-01", to: "2026-12-01" }).message).toMatch(/^from: /)
    expect(fails({ from: "2026-02-30", to: "2026-03-01" }).message).toBe('from: "2026-02-30" is not a calendar date')
    expect(fails({ from: "01/02/2026", to: "2026-03-01" }).field).toBe("from")
    expect(fails({ from: "2026-03-01", to: "2026-02-01" }).message).toBe("to: 2026-02-01 is before from (2026-03-01)")
    expect(fails({ period: "last_7_days", from: "2026-01-01" }).field).toBe("from")
    expect(fails({ from: "2020-01-01", to: "2026-01-01" }).field).toBe("to")
    expect(fails({ from: "2025-01-01", to: "2026-06-30", bucket: "day" }).field).toBe("bucket")
    expect(fails({ period: "forever" as never }).field).toBe("period")
  })
})

describe("buckets", () => {
  it("keys a date by its day, ISO week (Monday) or month", () => {
    const sunday = new Date("2026-11-29T23:59:59Z")
    expect(bucketKey(sunday, "day")).toBe("2026-11-29")
    expect(bucketKey(sunday, "week")).toBe("2026-11-23")
    expect(bucketKey(new Date("2026-11-23T00:00:00Z"), "week")).toBe("2026-11-23")
    expect(bucketKey(sunday, "month")).toBe("2026-11-01")
  })

  it("lists every bucket of a period, empty ones included", () => {
    const from = new Date("2026-01-30T00:00:00Z")
    const to = new Date("2026-03-02T00:00:00Z")
    expect(bucketKeys(from, to, "month")).toEqual(["2026-01-01", "2026-02-01", "2026-03-01"])
    expect(bucketKeys(from, to, "week")).toEqual(["2026-01-26", "2026-02-02", "2026-02-09", "2026-02-16", "2026-02-23"])
    expect(bucketKeys(from, new Date("2026-02-02T00:00:00Z"), "day")).toEqual([
      "2026-01-30",
      "2026-01-31",
      "2026-02-01",
    ])
  })
})

describe("change", () => {
  it("gives the difference and the percentage, none when there was nothing before", () => {
    expect(change(150, 100)).toEqual({ absolute: 50, percent: 50 })
    expect(change(50, 200)).toEqual({ absolute: -150, percent: -75 })
    expect(change(10, 0)).toEqual({ absolute: 10, percent: null })
    expect(change(1, 3).percent).toBe(-66.7)
  })
})
