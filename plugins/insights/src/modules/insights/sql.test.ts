import { describe, expect, it } from "vitest"
import { bind, numberPlaceholders } from "./sql"

describe("bind", () => {
  it("turns named placeholders into positional ones, repeats included, and leaves casts alone", () => {
    const bound = bind("SELECT :a::timestamptz, x::numeric WHERE y = :b OR z = :a", { a: 1, b: "two" })
    expect(bound).toEqual({ text: "SELECT ?::timestamptz, x::numeric WHERE y = ? OR z = ?", values: [1, "two", 1] })
    expect(numberPlaceholders(bound.text)).toBe("SELECT $1::timestamptz, x::numeric WHERE y = $2 OR z = $3")
  })

  it("refuses a placeholder without a value", () => {
    expect(() => bind("SELECT :missing", {})).toThrow(/:missing/)
  })
})
