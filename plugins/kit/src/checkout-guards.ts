import type { MedusaContainer } from "@medusajs/framework/types"
import type { CompanyRecord, EmployeeRecord } from "./company-context"

/**
 * What a checkout guard is given: the cart as Medusa's completeCartWorkflow loaded it
 * (`completeCartFields`: items.*, totals, raw totals, metadata, customer.*), and — when the
 * customer is an employee — their company and employee record (null otherwise).
 */
export type CheckoutGuardContext = {
  container: Pick<MedusaContainer, "resolve">
  cart: Record<string, any> & { id: string; currency_code: string; items?: Record<string, any>[] }
  company: CompanyRecord | null
  employee: EmployeeRecord | null
}

/**
 * A rule a plugin adds to cart completion. `check` throws a MedusaError (its type decides the
 * HTTP status) to refuse the order; returning means the cart may complete. Guards run after the
 * company rules and before the spend commitment is written, all at once: a guard only reads (it
 * must not write anything), and when several refuse, the refusal of the one registered first is
 * the answer.
 */
export type CheckoutGuard = {
  /** Unique name; registering the same name again replaces the guard. */
  name: string
  check(context: CheckoutGuardContext): Promise<void>
}

// Medusa lets one handler subscribe to completeCartWorkflow.hooks.validate, and the company-accounts
// plugin owns it: its handler resolves the company and then calls `runCheckoutGuards`. Other plugins
// (approvals, quotes) add their rules here instead of adding a hook. Without company-accounts no
// handler runs the guards. The registry lives on globalThis under a registered symbol, so every copy
// of this file loaded in the process (a plugin's source and its build) shares one registry.
const REGISTRY = Symbol.for("@hybrid/plugin-kit/checkout-guards")
type Registry = Map<string, CheckoutGuard>

function registry(): Registry {
  const holder = globalThis as unknown as Record<symbol, Registry | undefined>
  return (holder[REGISTRY] ??= new Map())
}

/**
 * Adds a rule to Medusa's cart completion (POST /store/carts/:id/complete and every workflow that
 * runs completeCartWorkflow). Call it at module load, e.g. from a file in your plugin's
 * src/workflows/hooks/ folder, which Medusa imports at startup:
 *
 * ```ts
 * registerCheckoutGuard({ name: "approvals", check: async ({ cart, company }) => { ... } })
 * ```
 */
export function registerCheckoutGuard(guard: CheckoutGuard): void {
  registry().set(guard.name, guard)
}

/** The registered guards, in registration order. */
export function checkoutGuards(): CheckoutGuard[] {
  return [...registry().values()]
}

/**
 * Runs every registered guard concurrently (each only reads, so a checkout waits for the slowest
 * guard, not for the sum of them); when any refuses, the refusal of the guard registered first is
 * thrown, so the answer does not depend on which read finished first. Called by the one
 * completeCartWorkflow.hooks.validate handler (company-accounts').
 */
export async function runCheckoutGuards(context: CheckoutGuardContext): Promise<void> {
  const outcomes = await Promise.allSettled(checkoutGuards().map((guard) => guard.check(context)))
  const refusal = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === "rejected")
  if (refusal) {
    throw refusal.reason
  }
}
