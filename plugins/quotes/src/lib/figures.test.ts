import { describe, expect, it } from "vitest"
import { computeQuoteFigures, median } from "./figures"

const line = (quantity: number, unit_price: number, removed = false) => ({
  id: `l${quantity}-${unit_price}`,
  variant_id: "v",
  product_id: null,
  title: "t",
  variant_title: null,
  sku: null,
  thumbnail: null,
  requested_quantity: quantity,
  requested_unit_price: unit_price,
  quantity,
  unit_price,
  removed,
})

describe("quote figures", () => {
  const now = new Date("2026-06-10T00:00:00Z")
  it("counts open quotes (not expired) and their offered value", () => {
    const figures = computeQuoteFigures({
      now,
      open: [
        { status: "requested", expires_at: null, created_at: now, lines: [line(2, 10)] },
        {
          status: "sent",
          expires_at: "2026-06-11T00:00:00Z",
          created_at: now,
          lines: [line(1, 5.5), line(1, 100, true)],
        },
        { status: "sent", expires_at: "2026-06-09T00:00:00Z", created_at: now, lines: [line(1, 1000)] },
      ],
      decisions: [],
      expiredInPeriod: 0,
    })
    expect(figures).toEqual({ open_count: 2, open_value: 25.5, win_rate: null, median_hours_to_accept: null })
  })
  it("computes the win rate over decided and expired quotes and the median time to accept", () => {
    const figures = computeQuoteFigures({
      now,
      open: [],
      decisions: [
        { action: "accepted", at: "2026-06-02T10:00:00Z", quote_created_at: "2026-06-02T00:00:00Z" },
        { action: "accepted", at: "2026-06-03T00:00:00Z", quote_created_at: "2026-06-02T00:00:00Z" },
        { action: "declined", at: "2026-06-03T00:00:00Z", quote_created_at: "2026-06-02T00:00:00Z" },
      ],
      expiredInPeriod: 1,
    })
    expect(figures.win_rate).toBe(0.5)
    expect(figures.median_hours_to_accept).toBe(17)
  })
  it("median of an even and an odd list", () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 2, 3])).toBe(2.5)
    expect(median([])).toBeNull()
  })
})
