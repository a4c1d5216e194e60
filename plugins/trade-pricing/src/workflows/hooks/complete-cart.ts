import { registerCheckoutGuard } from "@hybrid/plugin-kit/checkout-guards"
import { assertCartQuantityRules, assertCurrentPrices, type BoundaryCart } from "../../lib/order-boundary"

/**
 * The order boundary's price and quantity re-derivation, on every cart completion (POST
 * /store/carts/:id/complete, quote accept, any workflow running completeCartWorkflow), registered
 * as checkout guards of the plugin kit's completeCartWorkflow validate hook:
 *
 * - "quantity-rules": per variant, the quantity summed over all the cart's lines is allowed by the
 *   variant's rule now (400 `quantity: …`), so a line delete, a second line with other metadata or
 *   a rule tightened after the add cannot place an off-rule order;
 * - "current-prices": every line that is not custom-priced holds exactly the unit price its
 *   customer gets now (current lists and date windows, current customer groups, tiers at the line's
 *   quantity; Medusa's own pricing), else 409 `cart_prices_changed` naming each line and its
 *   current price — an expired contract or sale list, or a buyer removed from their company, never
 *   places an order at the old price. Consumer and guest carts included.
 */
registerCheckoutGuard({
  name: "quantity-rules",
  async check({ container, cart }) {
    await assertCartQuantityRules(container, cart as unknown as BoundaryCart)
  },
})

registerCheckoutGuard({
  name: "current-prices",
  async check({ container, cart }) {
    await assertCurrentPrices(container, cart as unknown as BoundaryCart)
  },
})
