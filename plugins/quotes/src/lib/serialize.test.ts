import { describe, expect, it } from "vitest"
import {
  isExpired,
  lineChange,
  quoteTotals,
  reportedStatus,
  serializeQuote,
  serializeQuoteSummary,
  type QuoteLineRecord,
  type QuoteRecord,
} from "./serialize"

const line = (over: Partial<QuoteLineRecord> = {}): QuoteLineRecord => ({
  id: "quoline_1",
  variant_id: "variant_1",
  product_id: "prod_1",
  title: "Beans",
  variant_title: "1 kg",
  sku: "BEANS-1KG",
  thumbnail: null,
  requested_quantity: 10,
  requested_unit_price: 20,
  quantity: 10,
  unit_price: 20,
  removed: false,
  ...over,
})

const quote = (over: Partial<QuoteRecord> = {}): QuoteRecord => ({
  id: "quo_1",
  display_id: 7,
  company_id: "comp_1",
  customer_id: "cus_1",
  employee_id: "emp_1",
  requester_name: "Anna Buyer",
  requester_email: "anna@example.com",
  cart_id: "cart_1",
  region_id: "reg_1",
  sales_channel_id: "sc_1",
  currency_code: "eur",
  status: "sent",
  expires_at: "2030-01-01T00:00:00.000Z",
  version: 1,
  order_id: null,
  contract_price_list_id: null,
  message: "Best price for 10?",
  created_at: "2026-01-01T00:00:00.000Z",
  updated_at: "2026-01-02T00:00:00.000Z",
  ...over,
})

describe("expiry", () => {
  const now = new Date("2026-06-01T12:00:00Z")
  it("reports a sent quote past its expiry as expired", () => {
    const q = quote({ expires_at: "2026-06-01T11:59:59Z" })
    expect(isExpired(q, now)).toBe(true)
    expect(reportedStatus(q, now)).toBe("expired")
  })
  it("keeps a sent quote before its expiry, and never expires other statuses", () => {
    expect(reportedStatus(quote({ expires_at: "2026-06-01T12:00:01Z" }), now)).toBe("sent")
    expect(reportedStatus(quote({ status: "accepted", expires_at: "2020-01-01T00:00:00Z" }), now)).toBe("accepted")
    expect(reportedStatus(quote({ status: "requested", expires_at: null }), now)).toBe("requested")
    expect(reportedStatus(quote({ expires_at: null }), now)).toBe("sent")
  })
})

describe("lineChange", () => {
  it("classifies every kind of line", () => {
    expect(lineChange(line())).toBe("unchanged")
    expect(lineChange(line({ unit_price: 18 }))).toBe("changed")
    expect(lineChange(line({ quantity: 12 }))).toBe("changed")
    expect(lineChange(line({ requested_quantity: null, requested_unit_price: null }))).toBe("added")
    expect(lineChange(line({ removed: true }))).toBe("removed")
  })
  it("compares amounts by value, whatever their representation", () => {
    expect(lineChange(line({ requested_unit_price: "20.00", unit_price: 20 }))).toBe("unchanged")
  })
})

describe("totals and JSON", () => {
  it("sums the request and the offer separately, ignoring removed lines in the offer", () => {
    const lines = [
      line({ id: "a", quantity: 12, unit_price: 18.5 }),
      line({ id: "b", requested_quantity: 2, requested_unit_price: 5, quantity: 2, unit_price: 5, removed: true }),
      line({ id: "c", requested_quantity: null, requested_unit_price: null, quantity: 1, unit_price: 0.1 }),
    ]
    expect(quoteTotals(lines)).toEqual({ requested_subtotal: 210, subtotal: 222.1 })
  })
  it("serializes lines with subtotal and change, history in order", () => {
    const json = serializeQuote(
      quote({
        lines: [line({ quantity: 3, unit_price: 19.99 })],
        messages: [],
        events: [
          {
            id: "e2",
            action: "counter_offer_sent",
            actor_type: "merchant",
            actor_name: "a",
            from_status: "requested",
            to_status: "sent",
            data: null,
            created_at: "2026-01-02T00:00:00Z",
          },
          {
            id: "e1",
            action: "requested",
            actor_type: "customer",
            actor_name: "b",
            from_status: null,
            to_status: "requested",
            data: null,
            created_at: "2026-01-01T00:00:00Z",
          },
        ],
      }),
      "Cafe",
      new Date("2026-01-03T00:00:00Z")
    )
    expect(json.lines[0]).toMatchObject({ subtotal: 59.97, change: "changed", requested_unit_price: 20 })
    expect(json.history.map((h) => h.id)).toEqual(["e1", "e2"])
    expect(json.requested_by).toEqual({ customer_id: "cus_1", name: "Anna Buyer", email: "anna@example.com" })
    expect(json.status).toBe("sent")
    expect(json.accept_cart_id).toBeNull()
    expect(serializeQuoteSummary(quote({ accept_cart_id: "cart_9" }), "Cafe").accept_cart_id).toBe("cart_9")
  })
})
