import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../constants"
import type CompanyModuleService from "../../../modules/company/service"

export type OrderCommitment = {
  commitment_id: string
  order_id: string
  on_account: boolean
  settled: boolean
} | null

/**
 * The spend commitment filed under an order (by `order_id`, or through the order of a payment by
 * `payment_id`), or null when the order is not a company order. Read-only.
 */
export const findOrderCommitmentStep = createStep(
  "find-order-commitment",
  async (input: { order_id?: string; payment_id?: string }, { container }) => {
    let orderId = input.order_id
    if (!orderId && input.payment_id) {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: payments,
      }: { data: { id: string; payment_collection?: { order?: { id: string } | null } | null }[] } = await query.graph({
        entity: "payment",
        fields: ["id", "payment_collection.order.id"],
        filters: { id: input.payment_id },
      })
      orderId = payments[0]?.payment_collection?.order?.id
    }
    if (!orderId) {
      return new StepResponse<OrderCommitment>(null)
    }
    const companies = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    const [commitment] = await companies.listSpendCommitments({ order_id: orderId }, { take: 1 })
    return new StepResponse<OrderCommitment>(
      commitment
        ? {
            commitment_id: commitment.id,
            order_id: orderId,
            on_account: commitment.on_account,
            settled: !!commitment.settled_at,
          }
        : null
    )
  }
)
