import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { Role } from "../../../constants"
import { cartAmount, cartHash, cartSnapshot, ownOpenCartOr404 } from "../../../lib/carts"
import { conflict } from "@hybrid/plugin-kit/http-errors"
import { cartRequirement, customerIdentity, latestRequestOfCart } from "../../../lib/requirement"
import type { ApprovalItem } from "../../../lib/serialize"
import type { ApprovalReason } from "../../../lib/rules"

export type PrepareApprovalRequestInput = {
  cart_id: string
  company_id: string
  customer_id: string
  employee_id: string
  role: Role
  comment?: string | null
}

/** The approval_request row a submission writes. */
export type NewApprovalRequest = {
  company_id: string
  cart_id: string
  requested_by_customer_id: string
  requested_by_employee_id: string
  requester_name: string | null
  requester_email: string | null
  status: "pending"
  content_hash: string
  items: ApprovalItem[]
  amount: number
  currency_code: string
  reasons: ApprovalReason[]
  comment: string | null
}

/**
 * Checks that the caller may submit the cart and works out the request: the caller's own open,
 * non-empty cart (404 otherwise), which needs approval under the company's rules (409 when not),
 * has no pending request (409) and is not already approved as it stands (409). Read-only; run under
 * the cart's lock so two submissions are checked one after the other.
 */
export const prepareApprovalRequestStep = createStep(
  "prepare-approval-request",
  async (input: PrepareApprovalRequestInput, { container }) => {
    const cart = await ownOpenCartOr404(container, input.cart_id, input.customer_id, input.company_id)
    const snapshot = cartSnapshot(cart)
    if (!snapshot.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "cart: the cart is empty, there is nothing to approve")
    }
    const requirement = await cartRequirement(container, { company_id: input.company_id, role: input.role }, cart)
    if (!requirement.required) {
      throw conflict("This cart does not need approval under your company's rules: you can place the order.")
    }
    const hash = cartHash(cart)
    const latest = await latestRequestOfCart(container, cart.id)
    if (latest?.status === "pending") {
      throw conflict("This cart is already awaiting approval.")
    }
    if (latest?.status === "approved" && latest.content_hash === hash) {
      throw conflict("This cart is already approved as it stands: you can place the order.")
    }
    const requester = await customerIdentity(container, input.customer_id)
    const request: NewApprovalRequest = {
      company_id: input.company_id,
      cart_id: cart.id,
      requested_by_customer_id: input.customer_id,
      requested_by_employee_id: input.employee_id,
      requester_name: requester.name,
      requester_email: requester.email,
      status: "pending",
      content_hash: hash,
      items: snapshot,
      amount: cartAmount(cart),
      currency_code: cart.currency_code,
      reasons: requirement.reasons,
      comment: input.comment?.trim() || null,
    }
    return new StepResponse(request)
  }
)
