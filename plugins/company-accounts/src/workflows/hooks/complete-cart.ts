import { MathBN } from "@medusajs/framework/utils"
import { registerCheckoutCommitment, registerCheckoutGuard } from "@hybrid/plugin-kit/checkout-guards"
import { companyService } from "../../lib/company-service"
import { assertEmployeeMayCheckout, assertNonEmployeeMayCheckout, paysOnAccount } from "../checkout/checkout-rules"

/**
 * Company rules at cart completion (POST /store/carts/:id/complete and every workflow running
 * completeCartWorkflow), as two parts of the plugin kit's order boundary, which runs them inside
 * Medusa's completeCartWorkflow validate hook together with the other plugins' guards:
 *
 * - guard "company-rules" (priority 10: its refusal answers before the other plugins'): for an
 *   employee — active company, role not viewer, PO number when required, cart currency = company
 *   currency, payment on account only with net terms; a customer outside companies cannot pay on
 *   account.
 * - commitment "company-spend": once every guard has passed, under a lock on the company row, the
 *   employee's spending limit over the current period and (on account) the company's credit limit
 *   minus its exposure — company status and membership read again inside the lock — writing the
 *   cart's spend_commitment. When the completion fails later (inventory, payment authorization…) the
 *   commitment is deleted, so a failed order never holds spend or credit.
 *
 * The guards run before the lock is taken, not inside it: they read other modules (pricing, quotes,
 * approvals) through their own pooled connections, and run inside the ledger transaction a checkout
 * holding the lock would wait for a connection while the other checkouts of the company hold theirs
 * waiting for the lock (a pool deadlock). What the lock protects is read again inside it.
 */
registerCheckoutGuard({
  name: "company-rules",
  priority: 10,
  async check({ cart, company, employee }) {
    const onAccount = paysOnAccount(cart.payment_collection?.payment_sessions)
    if (!company || !employee) {
      assertNonEmployeeMayCheckout({ onAccount })
      return
    }
    assertEmployeeMayCheckout({
      company,
      employee,
      cart: { currency_code: cart.currency_code, metadata: cart.metadata as Record<string, unknown> | null },
      onAccount,
    })
  },
})

registerCheckoutCommitment<string>({
  name: "company-spend",
  async commit({ container, cart, company, employee }) {
    if (!company || !employee) {
      return null
    }
    const commitment = await companyService(container).commitSpend({
      company_id: company.id,
      employee_id: employee.id,
      cart_id: cart.id,
      amount: MathBN.convert(cart.raw_total ?? cart.total).toString(),
      currency_code: cart.currency_code,
      on_account: paysOnAccount(cart.payment_collection?.payment_sessions),
    })
    return commitment.created ? commitment.id : null
  },
  async compensate(commitmentId, { container }) {
    await companyService(container).deleteSpendCommitments(commitmentId)
  },
})
