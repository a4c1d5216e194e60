import { describe, expect, it } from "vitest"
import {
  assertEmployeeMayCheckout,
  assertNonEmployeeMayCheckout,
  dueDate,
  netDays,
  paysOnAccount,
  poNumberOf,
  type CheckoutCompany,
} from "./checkout-rules"

const company: CheckoutCompany = {
  id: "comp_1",
  name: "Acme Roasters",
  status: "active",
  currency_code: "eur",
  payment_terms: "net30",
  po_required: true,
}
const buyer = { id: "emp_1", role: "buyer" as const }
const cart = { currency_code: "eur", metadata: { po_number: "PO-1" } }

function refusal(run: () => void): string {
  try {
    run()
  } catch (error) {
    return (error as Error).message
  }
  throw new Error("expected a refusal")
}

describe("assertEmployeeMayCheckout", () => {
  it("lets an active company's buyer with a PO number check out on account", () => {
    expect(() => assertEmployeeMayCheckout({ company, employee: buyer, cart, onAccount: true })).not.toThrow()
  })

  it.each(["pending", "suspended", "rejected"] as const)("refuses a %s company", (status) => {
    const message = refusal(() =>
      assertEmployeeMayCheckout({ company: { ...company, status }, employee: buyer, cart, onAccount: false })
    )
    expect(message).toContain(status)
  })

  it("refuses a viewer", () => {
    const message = refusal(() =>
      assertEmployeeMayCheckout({ company, employee: { id: "emp_2", role: "viewer" }, cart, onAccount: false })
    )
    expect(message).toMatch(/viewer/)
  })

  it("requires a non-blank PO number when the company says so", () => {
    for (const metadata of [null, {}, { po_number: "   " }, { po_number: 42 }]) {
      const message = refusal(() =>
        assertEmployeeMayCheckout({ company, employee: buyer, cart: { ...cart, metadata }, onAccount: false })
      )
      expect(message).toContain("po_number")
    }
    expect(() =>
      assertEmployeeMayCheckout({
        company: { ...company, po_required: false },
        employee: buyer,
        cart: { ...cart, metadata: {} },
        onAccount: false,
      })
    ).not.toThrow()
  })

  it("refuses a cart in another currency than the company's", () => {
    const message = refusal(() =>
      assertEmployeeMayCheckout({ company, employee: buyer, cart: { ...cart, currency_code: "usd" }, onAccount: false })
    )
    expect(message).toContain("EUR")
    expect(message).toContain("USD")
  })

  it("refuses payment on account for prepaid terms, allows the system provider", () => {
    const prepaid = { ...company, payment_terms: "prepaid" as const }
    expect(
      refusal(() => assertEmployeeMayCheckout({ company: prepaid, employee: buyer, cart, onAccount: true }))
    ).toMatch(/on account/)
    expect(() => assertEmployeeMayCheckout({ company: prepaid, employee: buyer, cart, onAccount: false })).not.toThrow()
  })
})

describe("assertNonEmployeeMayCheckout", () => {
  it("refuses on account to anyone outside a company, not other providers", () => {
    expect(() => assertNonEmployeeMayCheckout({ onAccount: true })).toThrow(/on account/)
    expect(() => assertNonEmployeeMayCheckout({ onAccount: false })).not.toThrow()
  })
})

describe("paysOnAccount", () => {
  it("reads the provider of the session Medusa will authorize", () => {
    expect(paysOnAccount([{ provider_id: "pp_on-account_on-account", status: "pending" }])).toBe(true)
    expect(paysOnAccount([{ provider_id: "pp_system_default", status: "pending" }])).toBe(false)
    expect(
      paysOnAccount([
        { provider_id: "pp_on-account_on-account", status: "canceled" },
        { provider_id: "pp_system_default", status: "pending" },
      ])
    ).toBe(false)
    expect(paysOnAccount(undefined)).toBe(false)
  })
})

describe("terms", () => {
  it("turns net terms into a due date and prepaid into none", () => {
    const placed = new Date("2025-01-31T10:00:00Z")
    expect(netDays("net15")).toBe(15)
    expect(netDays("prepaid")).toBe(0)
    expect(dueDate(placed, "net30")?.toISOString()).toBe("2025-03-02T10:00:00.000Z")
    expect(dueDate(placed, "prepaid")).toBeNull()
  })

  it("trims the PO number", () => {
    expect(poNumberOf({ metadata: { po_number: "  PO-7 " } })).toBe("PO-7")
  })
})
