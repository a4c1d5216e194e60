import { describe, expect, it } from "vitest"
import { resultingQuantities } from "./enforce"

describe("resulting quantities", () => {
  it("adds what the cart holds to merged duplicate rows", () => {
    expect(
      resultingQuantities(
        [
          { variant_id: "v1", quantity: 12 },
          { variant_id: "v2", quantity: "3" },
        ],
        [
          { variant_id: "v1", quantity: 6 },
          { variant_id: "v1", quantity: 1 },
          { variant_id: "v3", quantity: 2 },
        ]
      )
    ).toEqual([
      { variant_id: "v1", total: 19, requested: 7 },
      { variant_id: "v3", total: 2, requested: 2 },
    ])
  })
})
