import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { cartCompanyId, resolveCompanyContext } from "@hybrid/plugin-kit/company-context"
import { approvalModule } from "../../../lib/approval-module"
import { latestRequestOfCart } from "../../../lib/requirement"
import { decimalString } from "../../../lib/rules"
import type { NewMerchantReview } from "../../merchant-review/steps/create-merchant-review"

/** What recordApprovalOrderWorkflow writes for one placed order. */
export type ApprovalOrderContext = {
  order_id: string
  /** The cart's approved request, to be marked ordered; null when the cart had none. */
  approval_id: string | null
  /** The merchant review to create; null when no rule applies or one exists already. */
  review: NewMerchantReview | null
  /** The rule's threshold, for the notification. */
  threshold: number | null
}

/**
 * Reads a placed order: its cart's latest approval request (when approved), its company (through the
 * customer's employee record) and whether its total exceeds the merchant review rule of its
 * currency. Read-only.
 */
export const loadApprovalOrderStep = createStep(
  "load-approval-order",
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "display_id", "total", "currency_code", "customer_id", "metadata"],
      filters: { id: input.order_id },
    })
    const order = orders[0] as
      | {
          id: string
          display_id: number | null
          total: unknown
          currency_code: string
          customer_id: string | null
          metadata?: Record<string, unknown> | null
        }
      | undefined
    const none: ApprovalOrderContext = { order_id: input.order_id, approval_id: null, review: null, threshold: null }
    if (!order) {
      return new StepResponse(none)
    }

    const { data: orderCarts } = await query.graph({
      entity: "order_cart",
      fields: ["cart_id"],
      filters: { order_id: order.id },
    })
    const cartId = (orderCarts[0] as { cart_id?: string } | undefined)?.cart_id
    const latest = cartId ? await latestRequestOfCart(container, cartId) : null
    const approvalId = latest?.status === "approved" ? latest.id : null

    const service = approvalModule(container)
    const [rule] = await service.listMerchantReviewRules({ currency_code: order.currency_code }, { take: 1 })
    const total = Number(decimalString(order.total as Parameters<typeof decimalString>[0]))
    let review: NewMerchantReview | null = null
    if (rule && total > Number(rule.amount_threshold)) {
      const [existing] = await service.listMerchantReviews({ order_id: order.id }, { take: 1 })
      if (!existing) {
        // The order's company (stamped from its cart), not the one its buyer acts for by now.
        const context = order.customer_id
          ? await resolveCompanyContext(container, order.customer_id, cartCompanyId(order) ?? undefined)
          : null
        review = {
          order_id: order.id,
          order_display_id: order.display_id ?? null,
          company_id: context?.company.id ?? null,
          company_name: context?.company.name ?? null,
          amount: total,
          currency_code: order.currency_code,
          status: "pending",
        }
      }
    }
    return new StepResponse<ApprovalOrderContext>({
      order_id: order.id,
      approval_id: approvalId,
      review,
      threshold: rule ? Number(rule.amount_threshold) : null,
    })
  }
)
