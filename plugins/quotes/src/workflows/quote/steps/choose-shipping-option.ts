import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { listShippingOptionsForCartWithPricingWorkflow } from "@medusajs/medusa/core-flows"

/**
 * The shipping option of an accept cart: the one asked for when it is available for the cart (400
 * naming shipping_option_id otherwise), else the cheapest available one (400 when there is none).
 * Reads only.
 */
export const chooseShippingOptionStep = createStep(
  "choose-quote-shipping-option",
  async (input: { cart_id: string; shipping_option_id?: string | null }, { container }) => {
    const { result } = await listShippingOptionsForCartWithPricingWorkflow(container).run({
      input: { cart_id: input.cart_id, is_return: false },
    })
    const options = ((result ?? []) as any[]).filter((o) => o && !o.insufficient_inventory)
    if (input.shipping_option_id) {
      const chosen = options.find((o) => o.id === input.shipping_option_id)
      if (!chosen) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `shipping_option_id: ${input.shipping_option_id} is not available for this address`
        )
      }
      return new StepResponse(chosen.id as string)
    }
    const amount = (o: any) => Number(o.calculated_price?.calculated_amount ?? o.amount ?? Number.POSITIVE_INFINITY)
    const cheapest = [...options].sort((a, b) => amount(a) - amount(b))[0]
    if (!cheapest) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "shipping_option_id: no shipping option delivers to this address")
    }
    return new StepResponse(cheapest.id as string)
  }
)
