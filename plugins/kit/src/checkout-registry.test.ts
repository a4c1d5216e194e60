import { describe, expect, it } from "vitest"
import {
  addCheckoutCommitment,
  addCheckoutGuard,
  type CheckoutGuardContext,
  checkoutGuards,
  checkoutRegistry,
  compensateCheckout,
  runCheckoutBoundary,
  runCheckoutGuards,
} from "./checkout-registry"

const context = {
  container: { resolve: () => undefined },
  cart: { id: "cart_1", currency_code: "eur" },
  company: null,
  employee: null,
} as unknown as CheckoutGuardContext

describe("checkout guard registry", () => {
  it("runs guards in registration order, a re-registered name replacing the earlier guard", async () => {
    const calls: string[] = []
    addCheckoutGuard({ name: "a", check: async () => void calls.push("a1") })
    addCheckoutGuard({ name: "b", check: async () => void calls.push("b") })
    addCheckoutGuard({ name: "a", check: async () => void calls.push("a2") })
    await runCheckoutGuards(context)
    expect(calls).toEqual(["a2", "b"])
    expect(checkoutGuards().map((guard) => guard.name)).toEqual(["a", "b"])
  })

  it("answers with the refusal of the guard registered first, whichever finishes first", async () => {
    const calls: string[] = []
    addCheckoutGuard({
      name: "a",
      check: async () => {
        await new Promise((resolve) => setTimeout(resolve, 30))
        throw new Error("refused by a")
      },
    })
    addCheckoutGuard({
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
      addCheckoutGuard({
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

describe("checkout boundary", () => {
  const reset = () => {
    checkoutRegistry().guards.clear()
    checkoutRegistry().commitments.clear()
  }

  it("answers with the refusal of the lowest priority first, whatever the registration order", async () => {
    reset()
    addCheckoutGuard({ name: "late", check: async () => Promise.reject(new Error("refused by late")) })
    addCheckoutGuard({
      name: "entitlement",
      priority: 10,
      check: async () => Promise.reject(new Error("not entitled")),
    })
    await expect(runCheckoutGuards(context)).rejects.toThrow("not entitled")
    expect(checkoutGuards().map((guard) => guard.name)).toEqual(["entitlement", "late"])
  })

  it("commits only after every guard passed, and answers what each commitment wrote", async () => {
    reset()
    const writes: string[] = []
    addCheckoutCommitment({
      name: "spend",
      commit: async () => (writes.push("spend"), "commitment_1"),
      compensate: async () => {},
    })
    addCheckoutCommitment({ name: "nothing", commit: async () => null, compensate: async () => {} })
    expect(await runCheckoutBoundary(context)).toEqual([{ name: "spend", data: "commitment_1" }])

    addCheckoutGuard({ name: "refuses", check: async () => Promise.reject(new Error("no")) })
    await expect(runCheckoutBoundary(context)).rejects.toThrow("no")
    expect(writes).toEqual(["spend"])
  })

  it("undoes the commitments already made when a later one fails, last first", async () => {
    reset()
    const undone: unknown[] = []
    addCheckoutCommitment({ name: "a", commit: async () => "a1", compensate: async (data) => void undone.push(data) })
    addCheckoutCommitment({ name: "b", commit: async () => "b1", compensate: async (data) => void undone.push(data) })
    addCheckoutCommitment({
      name: "c",
      commit: async () => Promise.reject(new Error("credit limit")),
      compensate: async (data) => void undone.push(data),
    })
    await expect(runCheckoutBoundary(context)).rejects.toThrow("credit limit")
    expect(undone).toEqual(["b1", "a1"])

    undone.length = 0
    await compensateCheckout(
      [
        { name: "a", data: "a2" },
        { name: "gone", data: "x" },
        { name: "b", data: "b2" },
      ],
      context
    )
    expect(undone).toEqual(["b2", "a2"])
  })
})
