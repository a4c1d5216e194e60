import { describe, expect, it } from "vitest"
import { checkoutGuards, registerCheckoutGuard, runCheckoutGuards, type CheckoutGuardContext } from "./checkout-guards"

const context = {
  container: { resolve: () => undefined },
  cart: { id: "cart_1", currency_code: "eur" },
  company: null,
  employee: null,
} as unknown as CheckoutGuardContext

describe("checkout guard registry", () => {
  it("runs guards in registration order, a re-registered name replacing the earlier guard", async () => {
    const calls: string[] = []
    registerCheckoutGuard({ name: "a", check: async () => void calls.push("a1") })
    registerCheckoutGuard({ name: "b", check: async () => void calls.push("b") })
    registerCheckoutGuard({ name: "a", check: async () => void calls.push("a2") })
    await runCheckoutGuards(context)
    expect(calls).toEqual(["a2", "b"])
    expect(checkoutGuards().map((guard) => guard.name)).toEqual(["a", "b"])
  })

  it("stops at the first guard that refuses", async () => {
    const calls: string[] = []
    registerCheckoutGuard({
      name: "a",
      check: async () => {
        throw new Error("refused")
      },
    })
    registerCheckoutGuard({ name: "b", check: async () => void calls.push("b") })
    await expect(runCheckoutGuards(context)).rejects.toThrow("refused")
    expect(calls).toEqual([])
  })
})
