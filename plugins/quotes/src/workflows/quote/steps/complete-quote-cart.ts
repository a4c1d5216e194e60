import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow, completeCartWorkflow } from "@medusajs/medusa/core-flows"

/**
 * Places the order: Medusa's completeCartWorkflow on the accept cart, so everything that guards a
 * checkout applies (company rules, spending and credit limits, approvals, the quotes guard). Its
 * errors pass through unchanged. Compensation (a later step failed) cancels the order.
 */
export const completeQuoteCartStep = createStep(
  "complete-quote-cart",
  async (input: { cart_id: string }, { container }) => {
    const { result } = await completeCartWorkflow(container).run({ input: { id: input.cart_id } })
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data }: { data: { id: string; display_id: number | null }[] } = await query.graph({
      entity: "order",
      fields: ["id", "display_id"],
      filters: { id: result.id },
    })
    const order = { id: result.id, display_id: data[0]?.display_id ?? null }
    return new StepResponse(order, order.id)
  },
  async (orderId, { container }) => {
    if (orderId) {
      await cancelOrderWorkflow(container).run({ input: { order_id: orderId } })
    }
  }
)
