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

  it("answers with the refusal of the guard registered first, whichever finishes first", async () => {
    const calls: string[] = []
    registerCheckoutGuard({
      name: "a",
      check: async () => {
        await new Promise((resolve) => setTimeout(resolve, 30))
        throw new Error("refused by a")
      },
    })
    registerCheckoutGuard({
      name: "b",
      check: async () => {
        calls.push("b")
        throw new Error("refused by b")
      },
    })
    await expect(runCheckoutGuards(context)).rejects.toThrow("refused by a")
    expect(calls).toEqual(["b"])
  })

  it("runs the guards at once: the checkout waits for the slowest, not for the sum", async () => {
    const running: string[] = []
    let overlap = 0
    for (const name of ["a", "b"]) {
      registerCheckoutGuard({
        name,
        check: async () => {
          running.push(name)
          overlap = Math.max(overlap, running.length)
          await new Promise((resolve) => setTimeout(resolve, 20))
          running.splice(running.indexOf(name), 1)
        },
      })
    }
    await runCheckoutGuards(context)
    expect(overlap).toBe(2)
  })
})
