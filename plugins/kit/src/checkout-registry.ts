import type { MedusaContainer } from "@medusajs/framework/types"
import type { CompanyRecord, EmployeeRecord } from "./company-context"

/**
 * What a checkout guard or commitment is given: the cart as Medusa's completeCartWorkflow loaded it
 * (`completeCartFields`: items.*, totals, raw totals, metadata, customer.*, payment collection), and
 * — when the customer acts for a company (`resolveCompanyContext`) — their company and employee
 * record (null otherwise, and always null when no plugin keeps companies).
 */
export type CheckoutGuardContext = {
  container: Pick<MedusaContainer, "resolve">
  cart: Record<string, any> & { id: string; currency_code: string; items?: Record<string, any>[] }
  company: CompanyRecord | null
  employee: EmployeeRecord | null
}

/**
 * A rule a plugin adds to cart completion. `check` throws a MedusaError (its type decides the
 * HTTP status) to refuse the order; returning means the cart may complete. All guards run at once
 * and only read (a guard must not write anything); when several refuse, the refusal of the guard
 * with the lowest `priority` (then the one registered first) is the answer.
 */
export type CheckoutGuard = {
  /** Unique name; registering the same name again replaces the guard. */
  name: string
  /** Lower answers first when several guards refuse. Default 100. */
  priority?: number
  check(context: CheckoutGuardContext): Promise<void>
}

/**
 * Something a plugin writes when a cart may complete (e.g. the spend a checkout commits against a
 * company's limits), after every guard has passed, in registration order. `commit` answers the
 * input of its `compensate` (JSON, or null when nothing was written); when the completion fails
 * later (inventory, payment authorization, a later commitment), `compensate` undoes it, so a failed
 * order never holds anything. `commit` may refuse the order by throwing, like a guard.
 */
export type CheckoutCommitment<T = unknown> = {
  name: string
  commit(context: CheckoutGuardContext): Promise<T | null>
  compensate(data: T, context: { container: Pick<MedusaContainer, "resolve"> }): Promise<void>
}

/** What a completion committed: the input of each commitment's compensation. */
export type CheckoutCommitted = { name: string; data: unknown }[]

const DEFAULT_PRIORITY = 100

type Registry = {
  guards: Map<string, CheckoutGuard>
  commitments: Map<string, CheckoutCommitment>
  installed: boolean
}

// One registry per process on globalThis under a registered symbol, so every copy of the kit
// loaded in the process (a plugin's source and its build) shares it.
const REGISTRY = Symbol.for("@hybrid/plugin-kit/checkout-registry")

export function checkoutRegistry(): Registry {
  const holder = globalThis as unknown as Record<symbol, Registry | undefined>
  return (holder[REGISTRY] ??= { guards: new Map(), commitments: new Map(), installed: false })
}

/** Adds or replaces (same name) a guard in the registry. */
export function addCheckoutGuard(guard: CheckoutGuard): void {
  checkoutRegistry().guards.set(guard.name, guard)
}

/** Adds or replaces (same name) a commitment in the registry. */
export function addCheckoutCommitment<T>(commitment: CheckoutCommitment<T>): void {
  checkoutRegistry().commitments.set(commitment.name, commitment as CheckoutCommitment)
}

/** The registered guards, in the order their refusals answer: priority, then registration. */
export function checkoutGuards(): CheckoutGuard[] {
  const guards = [...checkoutRegistry().guards.values()]
  // Array.prototype.sort is stable: equal priorities keep their registration order.
  return guards.sort((a, b) => (a.priority ?? DEFAULT_PRIORITY) - (b.priority ?? DEFAULT_PRIORITY))
}

/**
 * Runs every registered guard concurrently (each only reads, so a checkout waits for the slowest
 * guard, not for the sum of them); when any refuses, the refusal of the first guard in
 * `checkoutGuards()` order is thrown, so the answer does not depend on which read finished first.
 */
export async function runCheckoutGuards(context: CheckoutGuardContext): Promise<void> {
  const outcomes = await Promise.allSettled(checkoutGuards().map((guard) => guard.check(context)))
  const refusal = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === "rejected")
  if (refusal) {
    throw refusal.reason
  }
}

/**
 * Undoes what a completion committed, last first. Commitments no longer registered are skipped.
 */
export async function compensateCheckout(
  committed: CheckoutCommitted,
  context: { container: Pick<MedusaContainer, "resolve"> }
): Promise<void> {
  const { commitments } = checkoutRegistry()
  for (const { name, data } of [...committed].reverse()) {
    await commitments.get(name)?.compensate(data, context)
  }
}

/**
 * The order boundary of one completion: every guard (concurrently), then every commitment in
 * registration order. Answers what was committed, for `compensateCheckout`. When a commitment
 * refuses or fails, the ones already made are undone before the error is thrown.
 */
export async function runCheckoutBoundary(context: CheckoutGuardContext): Promise<CheckoutCommitted> {
  await runCheckoutGuards(context)
  const committed: CheckoutCommitted = []
  try {
    for (const commitment of checkoutRegistry().commitments.values()) {
      const data = await commitment.commit(context)
      if (data !== null && data !== undefined) {
        committed.push({ name: commitment.name, data })
      }
    }
  } catch (error) {
    await compensateCheckout(committed, context)
    throw error
  }
  return committed
}
