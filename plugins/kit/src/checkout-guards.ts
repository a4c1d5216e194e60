import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { MedusaError } from "@medusajs/framework/utils"
import { cartCompanyId, resolveCompanyContext } from "./company-context"
import {
  addCheckoutCommitment,
  addCheckoutGuard,
  type CheckoutCommitment,
  type CheckoutCommitted,
  type CheckoutGuard,
  checkoutRegistry,
  compensateCheckout,
  runCheckoutBoundary,
} from "./checkout-registry"

export type {
  CheckoutCommitment,
  CheckoutCommitted,
  CheckoutGuard,
  CheckoutGuardContext,
} from "./checkout-registry"
export { checkoutGuards, runCheckoutGuards } from "./checkout-registry"

/**
 * Adds a rule to Medusa's cart completion (POST /store/carts/:id/complete and every workflow that
 * runs completeCartWorkflow, e.g. accepting a quote). Call it at module load from a file in your
 * plugin's src/workflows/hooks/ folder, which Medusa imports at startup:
 *
 * ```ts
 * registerCheckoutGuard({ name: "approvals", check: async ({ cart, company }) => { ... } })
 * ```
 *
 * The first registration in the process installs the kit's one completeCartWorkflow.hooks.validate
 * handler (Medusa allows one handler per hook), so the guards run whichever plugins are installed.
 */
export function registerCheckoutGuard(guard: CheckoutGuard): void {
  addCheckoutGuard(guard)
  installCheckoutBoundary()
}

/** Adds a write to cart completion, undone when the completion fails (see `CheckoutCommitment`). */
export function registerCheckoutCommitment<T>(commitment: CheckoutCommitment<T>): void {
  addCheckoutCommitment(commitment)
  installCheckoutBoundary()
}

/**
 * The company a cart is completed under: ITS company (`metadata.company_id`), whichever company the
 * person acts for now, so one company's cart is never checked against another's rules, limits or
 * approvals. When the person no longer belongs to the cart's company the order is refused (403):
 * their access ended with the membership. A cart of no company: the company they act for.
 */
async function cartCompanyContext(
  container: Parameters<typeof resolveCompanyContext>[0],
  customerId: string,
  cart: { id?: string; metadata?: Record<string, unknown> | null }
) {
  const companyId = cartCompanyId(cart)
  if (!companyId) {
    return resolveCompanyContext(container, customerId)
  }
  const context = await resolveCompanyContext(container, customerId, companyId)
  if (!context) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      `cart_id: this cart belongs to a company you are no longer a member of (${companyId}); it cannot be ordered`
    )
  }
  return context
}

/**
 * The kit's handler of completeCartWorkflow's validate hook, installed once per process. For a cart
 * not yet completed (a completed cart re-enters the workflow only to return its order) it resolves
 * which company the customer acts for, runs every guard, then every commitment; the compensation
 * undoes the commitments when a later step of the completion fails.
 */
function installCheckoutBoundary(): void {
  const registry = checkoutRegistry()
  if (registry.installed) {
    return
  }
  registry.installed = true
  completeCartWorkflow.hooks.validate(
    async ({ cart }, { container }) => {
      // core-flows types the hook's cart as `any`: it is the cart loaded with completeCartFields.
      if (cart.completed_at) {
        return new StepResponse(undefined, [] as CheckoutCommitted)
      }
      const customerId: string | undefined = cart.customer?.id ?? cart.customer_id
      const context = customerId ? await cartCompanyContext(container, customerId, cart) : null
      const committed = await runCheckoutBoundary({
        container,
        cart,
        company: context?.company ?? null,
        employee: context?.employee ?? null,
      })
      return new StepResponse(undefined, committed)
    },
    async (committed, { container }) => {
      if (committed?.length) {
        await compensateCheckout(committed, { container })
      }
    }
  )
}
