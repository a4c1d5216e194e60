import { StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  addToCartWorkflow,
  createCartWorkflow,
  refreshCartItemsWorkflow,
  updateLineItemInCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { cartPricingContext, cartPricingSubject } from "../../lib/consumer-pricing"

/**
 * ONE IDENTITY at the cart: a cart outside the Trade channel is priced without its customer's
 * groups, so a trade buyer's consumer cart holds consumer prices whatever route adds or re-prices
 * its lines; a Trade cart is priced with its own company's group only, never with the group of
 * another company its customer also belongs to (the rule: `groupPricesApply` in @hybrid/plugin-kit/group-pricing). These are the only
 * `setPricingContext` handlers of the platform (Medusa allows one per hook).
 */
// The hooks' cart may lack its metadata (the company stamp): the subject is read by id.
addToCartWorkflow.hooks.setPricingContext(
  async ({ cart }, { container }) =>
    new StepResponse(await cartPricingContext(container, await cartPricingSubject(container, cart.id)))
)

updateLineItemInCartWorkflow.hooks.setPricingContext(
  async ({ cart }, { container }) =>
    new StepResponse(await cartPricingContext(container, await cartPricingSubject(container, cart.id)))
)

createCartWorkflow.hooks.setPricingContext(
  async ({ salesChannel, customerData }, { container }) =>
    new StepResponse(
      await cartPricingContext(container, {
        sales_channel_id: (salesChannel as { id?: string } | null)?.id ?? null,
        customer: (customerData as { customer?: unknown } | null)?.customer ?? null,
      })
    )
)

refreshCartItemsWorkflow.hooks.setPricingContext(
  async ({ cart_id }, { container }) =>
    new StepResponse(await cartPricingContext(container, await cartPricingSubject(container, cart_id)))
)
