import { MathBN } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { runCheckoutGuards } from "@hybrid/plugin-kit/checkout-guards"
import { companyService } from "../../lib/company-service"
import { resolveCompanyContext } from "@hybrid/plugin-kit/company-context"
import { assertEmployeeMayCheckout, assertNonEmployeeMayCheckout, paysOnAccount } from "../checkout/checkout-rules"

/**
 * Company rules on Medusa's own cart completion (POST /store/carts/:id/complete), so no client can
 * skip them: for a customer who is an employee — active company, role not viewer, PO number when
 * required, cart currency = company currency, payment on account only with net terms; then, under a
 * lock on the company row, the employee's spending limit over the current period and (on account)
 * the company's credit limit minus its exposure, writing the cart's spend_commitment.
 * Customers outside companies complete as before, except that they cannot pay on account.
 *
 * Rules of other plugins run here too, through the checkout-guard registry (@hybrid/plugin-kit/checkout-guards):
 * Medusa allows one handler per hook, so this is the one place cart completion is extended. Together
 * they are the order boundary: entitlement (company rules here, re-read under the company lock by
 * commitSpend), current prices and summed quantity rules (trade-pricing's guards), quotes, approvals.
 *
 * Order: the guards run before commitSpend takes the company row lock, not inside it. They read
 * other modules (pricing, quotes, approvals) through their own pooled connections; run inside the
 * ledger transaction, a checkout holding the lock would wait for a connection while the other
 * checkouts of the company hold theirs waiting for the lock (a pool deadlock). What the lock
 * protects — company status, the employee's membership, limits — is read again inside it.
 *
 * Compensation: when the completion fails after this hook (inventory, payment authorization…), the
 * commitment written here is deleted, so a failed order never holds spend or credit.
 */
completeCartWorkflow.hooks.validate(
  async ({ cart }, { container }) => {
    // core-flows types the hook's cart as `any`: it is the cart loaded with completeCartFields.
    // A completed cart re-enters the workflow only to return its existing order.
    if (cart.completed_at) {
      return new StepResponse(undefined, null)
    }
    const onAccount = paysOnAccount(cart.payment_collection?.payment_sessions)
    const customerId: string | undefined = cart.customer?.id ?? cart.customer_id
    const context = customerId ? await resolveCompanyContext(container, customerId) : null
    if (!context) {
      assertNonEmployeeMayCheckout({ onAccount })
      await runCheckoutGuards({ container, cart, company: null, employee: null })
      return new StepResponse(undefined, null)
    }

    const { company, employee } = context
    assertEmployeeMayCheckout({
      company,
      employee,
      cart: { currency_code: cart.currency_code, metadata: cart.metadata as Record<string, unknown> | null },
      onAccount,
    })
    // Other plugins' rules (approvals, quotes), before any spend is committed.
    await runCheckoutGuards({ container, cart, company, employee })

    const commitment = await companyService(container).commitSpend({
      company_id: company.id,
      employee_id: employee.id,
      cart_id: cart.id,
      amount: MathBN.convert(cart.raw_total ?? cart.total).toString(),
      currency_code: cart.currency_code,
      on_account: onAccount,
    })
    return new StepResponse(commitment, commitment.created ? commitment.id : null)
  },
  async (commitmentId, { container }) => {
    if (!commitmentId) {
      return
    }
    await companyService(container).deleteSpendCommitments(commitmentId)
  }
)
