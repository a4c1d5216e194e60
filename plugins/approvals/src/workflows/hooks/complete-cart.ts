import { MedusaError } from "@medusajs/framework/utils"
import { registerCheckoutGuard } from "@hybrid/plugin-kit/checkout-guards"
import { cartAmount, cartHash, type ApprovalCart } from "../../lib/carts"
import { companySettings, latestRequestOfCart } from "../../lib/requirement"
import { approvalRefusal, evaluateApprovalRequirement } from "../../lib/rules"
import { rulesOf } from "../../lib/serialize"

/**
 * The approval rule on Medusa's cart completion (POST /store/carts/:id/complete and every workflow
 * that runs completeCartWorkflow, e.g. accepting a quote), so no client can skip it. Registered as
 * the "approvals" checkout guard of the plugin kit's order boundary, which runs every guard inside
 * completeCartWorkflow's validate hook before the company's spend is committed.
 *
 * When the cart of the employee needs approval (lib/rules.ts), its latest approval request — made by
 * this employee, in this company — must be `approved` with the content hash of the cart as it is
 * now; otherwise 403 saying why: needs approval, awaiting approval, was rejected, or changed since
 * it was approved. Customers outside companies are never asked for approval.
 */
registerCheckoutGuard({
  name: "approvals",
  async check({ container, cart, company, employee }) {
    if (!company || !employee) {
      return
    }
    const settings = await companySettings(container, company.id)
    if (!settings) {
      return
    }
    const approvalCart = cart as unknown as ApprovalCart
    const requirement = evaluateApprovalRequirement({
      rules: rulesOf(settings),
      role: employee.role,
      amount: cartAmount(approvalCart),
      currency_code: cart.currency_code,
    })
    if (!requirement.required) {
      return
    }
    const latest = await latestRequestOfCart(container, cart.id)
    // Only a request of this company, made by the cart's current customer, covers the cart.
    const own = latest && latest.company_id === company.id && latest.requested_by_customer_id === employee.customer_id
    const refusal = approvalRefusal(own ? latest : null, cartHash(approvalCart))
    if (refusal) {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, refusal)
    }
  },
})
