import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { companyContext } from "@hybrid/plugin-kit/company-context"
import { cartHash, ownOpenCartOr404 } from "../../../../../lib/carts"
import { withHttpErrors } from "@hybrid/plugin-kit/http-errors"
import { cartRequirement, latestRequestOfCart } from "../../../../../lib/requirement"
import { approvalView } from "../../../../../lib/serialize"
import { submitApprovalRequestWorkflow } from "../../../../../workflows/approval/workflows/submit-approval-request"
import { withdrawApprovalRequestWorkflow } from "../../../../../workflows/approval/workflows/withdraw-approval-request"
import type { StoreSubmitApprovalType } from "../../../approvals/validators"

/**
 * GET /store/carts/:id/approval (the caller's own open cart) → { requirement: { required, reasons },
 * approval: the latest request | null, valid: approved and the cart unchanged since }.
 */
export const GET = withHttpErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { employee } = companyContext(req)
  const cart = await ownOpenCartOr404(req.scope, req.params.id, req.auth_context.actor_id, employee.company_id)
  const [requirement, latest] = await Promise.all([
    cartRequirement(req.scope, employee, cart),
    latestRequestOfCart(req.scope, cart.id),
  ])
  const own =
    latest && latest.company_id === employee.company_id && latest.requested_by_customer_id === employee.customer_id
      ? latest
      : null
  res.json({
    requirement,
    approval: own ? approvalView(own, { customer_id: req.auth_context.actor_id }) : null,
    valid: own?.status === "approved" && own.content_hash === cartHash(cart),
  })
})

/**
 * POST /store/carts/:id/approval { comment? } (admin, approver, buyer) → { approval }: submits the
 * cart for approval and locks it. 409 when it needs no approval, one is pending, or it is already
 * approved as it stands.
 */
export const POST = withHttpErrors(
  async (req: AuthenticatedMedusaRequest<StoreSubmitApprovalType>, res: MedusaResponse) => {
    const { employee, company } = companyContext(req)
    const { result } = await submitApprovalRequestWorkflow(req.scope).run({
      input: {
        cart_id: req.params.id,
        company_id: company.id,
        customer_id: req.auth_context.actor_id,
        employee_id: employee.id,
        role: employee.role,
        comment: req.validatedBody.comment,
      },
    })
    res.json({ approval: approvalView(result, { customer_id: req.auth_context.actor_id }) })
  }
)

/** DELETE /store/carts/:id/approval → { approval }: withdraws the pending request (409 when none). */
export const DELETE = withHttpErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { company } = companyContext(req)
  const cart = await ownOpenCartOr404(req.scope, req.params.id, req.auth_context.actor_id, company.id)
  const { result } = await withdrawApprovalRequestWorkflow(req.scope).run({ input: { cart_id: cart.id } })
  res.json({ approval: approvalView(result, { customer_id: req.auth_context.actor_id }) })
})
