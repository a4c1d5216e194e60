import { describe, expect, it } from "vitest"
import {
  addVariant,
  buildCounterOffer,
  draftFromQuote,
  draftLineChange,
  draftSubtotal,
  parseMoney,
  removeLine,
  restoreLine,
  updateLine,
} from "./offer"
import type { Quote } from "./types"

const NOW = new Date("2026-11-27T10:00:00Z")

const quote = (overrides: Partial<Quote> = {}): Quote => ({
  id: "quo_1",
  display_id: 7,
  status: "requested",
  company_id: "comp_1",
  company_name: "Corner Café",
  requested_by: { customer_id: "cus_1", name: "Bea Barista", email: "buyer@example.com" },
  currency_code: "eur",
  region_id: "reg_1",
  expires_at: null,
  version: 0,
  order_id: null,
  contract_price_list_id: null,
  message: "Best price for 40 kg?",
  lines: [
    {
      id: "qline_1",
      variant_id: "variant_1",
      product_id: "prod_1",
      title: "Colombia Huila",
      variant_title: "1 kg",
      sku: "COLOMBIA-HUILA-1KG",
      thumbnail: null,
      requested_quantity: 40,
      requested_unit_price: 26.2,
      quantity: 40,
      unit_price: 26.2,
      subtotal: 1048,
      change: "unchanged",
    },
    {
      id: "qline_2",
      variant_id: "variant_2",
      product_id: "prod_2",
      title: "Chemex filters",
      variant_title: "100 pcs",
      sku: "CHEMEX-FILTERS",
      thumbnail: null,
      requested_quantity: 12,
      requested_unit_price: "6.5",
      quantity: 12,
      unit_price: "6.5",
      subtotal: 78,
      change: "unchanged",
    },
  ],
  totals: { requested_subtotal: 1126, subtotal: 1126, currency_code: "eur" },
  messages: [],
  history: [],
  created_at: "2026-11-26T10:00:00Z",
  updated_at: "2026-11-26T10:00:00Z",
  ...overrides,
})

describe("draftFromQuote", () => {
  it("starts from the current offer, with an expiry 14 days ahead when none is set", () => {
    const draft = draftFromQuote(quote(), NOW)
    expect(draft.lines.map((l) => [l.line_id, l.quantity, l.unit_price, l.removed])).toEqual([
      ["qline_1", "40", "26.2", false],
      ["qline_2", "12", "6.5", false],
    ])
    expect(draft.expires_on).toBe("2026-12-11")
  })

  it("keeps a future expiry and marks removed lines", () => {
    const q = quote({ status: "sent", expires_at: "2026-12-24T23:59:59.999Z" })
    q.lines[1] = { ...q.lines[1]!, change: "removed" }
    const draft = draftFromQuote(q, NOW)
    expect(draft.expires_on).toBe("2026-12-24")
    expect(draft.lines[1]!.removed).toBe(true)
  })
})

describe("buildCounterOffer", () => {
  it("sends every kept line with its id, new lines by variant, the expiry at the end of the day", () => {
    let draft = draftFromQuote(quote(), NOW)
    draft = updateLine(draft, "qline_1", { unit_price: "24,90" })
    draft = removeLine(draft, "qline_2")
    draft = addVariant(
      draft,
      {
        id: "variant_3",
        title: "Default",
        sku: "KETTLE",
        product: { id: "p", title: "Kettle", thumbnail: null },
        prices: [
          { amount: 31.2, currency_code: "eur", price_rules: [] },
          { amount: 40, currency_code: "usd" },
        ],
      },
      "eur"
    )
    draft = { ...draft, message: "  Our best price.  ", contract_prices: true, contract_ends_on: "2027-06-30" }
    const result = buildCounterOffer(draft, NOW)
    expect(result).toEqual({
      ok: true,
      body: {
        lines: [
          { id: "qline_1", quantity: 40, unit_price: 24.9 },
          { variant_id: "variant_3", quantity: 1, unit_price: 31.2 },
        ],
        expires_at: "2026-12-11T23:59:59.999Z",
        message: "Our best price.",
        contract_prices: { ends_at: "2027-06-30T23:59:59.999Z" },
      },
    })
  })

  it("names the fields that are wrong and sends nothing", () => {
    let draft = draftFromQuote(quote(), NOW)
    draft = updateLine(draft, "qline_1", { quantity: "0", unit_price: "-3" })
    draft = { ...draft, expires_on: "2026-11-26", contract_prices: true, contract_ends_on: "" }
    const result = buildCounterOffer(draft, NOW)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors.lines.qline_1).toEqual({
      quantity: "Quantity must be a whole number above 0",
      unit_price: "Unit price must be an amount of 0 or more",
    })
    expect(result.errors.expires_on).toBe("Expiry date must be in the future")
    expect(result.errors.contract_ends_on).toMatch(/required/)
  })

  it("refuses an offer without lines", () => {
    let draft = draftFromQuote(quote(), NOW)
    draft = removeLine(removeLine(draft, "qline_1"), "qline_2")
    const result = buildCounterOffer(draft, NOW)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.errors.form).toBe("An offer needs at least one line")
  })
})

describe("editing lines", () => {
  it("drops an added line on remove, but only strikes out a quote line (which can be restored)", () => {
    let draft = addVariant(draftFromQuote(quote(), NOW), { id: "variant_3", title: "Default", sku: null }, "eur")
    expect(draft.lines).toHaveLength(3)
    draft = removeLine(draft, "new:variant_3")
    expect(draft.lines).toHaveLength(2)
    draft = removeLine(draft, "qline_2")
    expect(draftLineChange(draft.lines[1]!)).toBe("removed")
    draft = restoreLine(draft, "qline_2")
    expect(draftLineChange(draft.lines[1]!)).toBe("unchanged")
  })

  it("restores a removed line instead of adding its variant twice", () => {
    let draft = removeLine(draftFromQuote(quote(), NOW), "qline_2")
    draft = addVariant(draft, { id: "variant_2", title: "100 pcs", sku: "CHEMEX-FILTERS" }, "eur")
    expect(draft.lines).toHaveLength(2)
    expect(draft.lines[1]!.removed).toBe(false)
  })

  it("reports changed lines and the offer's subtotal", () => {
    const draft = updateLine(draftFromQuote(quote(), NOW), "qline_1", { unit_price: "25" })
    expect(draftLineChange(draft.lines[0]!)).toBe("changed")
    expect(draftLineChange(draft.lines[1]!)).toBe("unchanged")
    expect(draftSubtotal(draft)).toBe(1078)
  })

  it("reads amounts with a comma or a dot and rejects anything else", () => {
    expect(parseMoney("12,5")).toBe(12.5)
    expect(parseMoney(" 0 ")).toBe(0)
    expect(parseMoney("1e3")).toBeNull()
    expect(parseMoney("")).toBeNull()
  })
})
