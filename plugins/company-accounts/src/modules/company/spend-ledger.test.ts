import { describe, expect, it } from "vitest"
import { formatMoney } from "./spend-ledger"

describe("formatMoney", () => {
  it("names the currency and keeps cents", () => {
    expect(formatMoney(1000, "eur")).toBe("€1,000.00")
    expect(formatMoney("399.5", "usd")).toBe("$399.50")
  })
})
