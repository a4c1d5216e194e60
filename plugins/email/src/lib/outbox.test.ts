import { describe, expect, it } from "vitest"
import { resolveEmailOptions } from "../types"
import { errorLine, retryDelaySeconds } from "./outbox"

describe("outbox", () => {
  it("doubles the wait after each failed attempt", () => {
    expect([1, 2, 3, 4, 5].map((attempts) => retryDelaySeconds(attempts, 60))).toEqual([60, 120, 240, 480, 960])
  })

  it("keeps one short line of the SMTP error for the admin", () => {
    const line = errorLine(new Error(`451 busy\n   try later ${"x".repeat(900)}`))
    expect(line.startsWith("451 busy try later")).toBe(true)
    expect(line.length).toBe(500)
  })
})

describe("options", () => {
  it("fills every default and ignores empty values", () => {
    const options = resolveEmailOptions({
      smtpUrl: "",
      from: { trade: "" },
      siteUrls: { consumer: "https://shop.example.com" },
    })
    expect(options.smtpUrl).toBeUndefined()
    expect(options.from.trade).toBe('"Hybrid Roasters Trade" <trade@example.com>')
    expect(options.siteUrls).toEqual({ consumer: "https://shop.example.com", trade: "http://localhost:4322" })
    expect(options.maxAttempts).toBe(6)
  })
})
