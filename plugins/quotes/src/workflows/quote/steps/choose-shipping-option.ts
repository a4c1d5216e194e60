import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { listShippingOptionsForCartWithPricingWorkflow } from "@medusajs/medusa/core-flows"

/** A shipping option of listShippingOptionsForCartWithPricingWorkflow's result, as this step reads it. */
type PricedShippingOption = {
  id: string
  amount?: number | null
  insufficient_inventory?: boolean
  calculated_price?: { calculated_amount?: number | null } | null
}

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
    // core-flows leaves the result untyped (any[]): shipping options with their calculated price.
    const options: PricedShippingOption[] = (result ?? []).filter(
      (o: PricedShippingOption | null) => o && !o.insufficient_inventory
    )
    if (input.shipping_option_id) {
      const chosen = options.find((o) => o.id === input.shipping_option_id)
      if (!chosen) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `shipping_option_id: ${input.shipping_option_id} is not available for this address`
        )
      }
      return new StepResponse(chosen.id)
    }
    const amount = (o: PricedShippingOption) =>
      Number(o.calculated_price?.calculated_amount ?? o.amount ?? Number.POSITIVE_INFINITY)
    const cheapest = [...options].sort((a, b) => amount(a) - amount(b))[0]
    if (!cheapest) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "shipping_option_id: no shipping option delivers to this address"
      )
    }
    return new StepResponse(cheapest.id)
  }
)
