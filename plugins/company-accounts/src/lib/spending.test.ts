import { describe, expect, it } from "vitest"
import { periodStart } from "./spending"

describe("periodStart", () => {
  const at = new Date("2026-08-17T23:59:59.999Z")

  it("starts monthly periods on the 1st of the month, UTC", () => {
    expect(periodStart("monthly", at).toISOString()).toBe("2026-08-01T00:00:00.000Z")
  })

  it("starts quarters in January, April, July and October", () => {
    expect(periodStart("quarterly", at).toISOString()).toBe("2026-07-01T00:00:00.000Z")
    expect(periodStart("quarterly", new Date("2026-03-31T12:00:00Z")).toISOString()).toBe("2026-01-01T00:00:00.000Z")
    expect(periodStart("quarterly", new Date("2026-12-01T00:00:00Z")).toISOString()).toBe("2026-10-01T00:00:00.000Z")
  })

  it("starts yearly periods on January 1st", () => {
    expect(periodStart("yearly", at).toISOString()).toBe("2026-01-01T00:00:00.000Z")
  })

  it("an instant exactly at a period start belongs to the new period", () => {
    const newYear = new Date("2027-01-01T00:00:00.000Z")
    expect(periodStart("monthly", newYear)).toEqual(newYear)
    expect(periodStart("quarterly", newYear)).toEqual(newYear)
  })
})
