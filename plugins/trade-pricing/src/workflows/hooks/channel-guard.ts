import { MedusaError } from "@medusajs/framework/utils"
import { registerCheckoutGuard } from "@hybrid/plugin-kit/checkout-guards"
import { tradeAudience } from "../../lib/context"
import { isTradeAccount } from "../../lib/trade-account"

/**
 * The Trade channel at the order boundary: a cart in the trade sales channel completes only for a
 * customer who holds a trade account at that moment (lib/trade-account.ts). A guest's cart there, or
 * the cart of a customer who lost their trade access after filling it, is refused with 403 — the
 * cart routes already keep such carts out of the channel (api/store/carts/cart-rules.ts); this
 * covers carts made before, by workflows, or by a customer whose access ended since.
 * Registered as the "trade-channel" checkout guard, which the plugin kit's completion hook runs
 * for every caller of completeCartWorkflow (store route, quote accept).
 */
registerCheckoutGuard({
  name: "trade-channel",
  async check({ container, cart }) {
    const { channelId } = await tradeAudience(container)
    if (!channelId || cart.sales_channel_id !== channelId) {
      return
    }
    // A guest's cart has no customer, or the guest customer Medusa makes from its email (no account).
    const customer = cart.customer as { id: string; has_account?: boolean } | null | undefined
    const customerId: string | null = customer?.id ?? cart.customer_id ?? null
    if (!customerId || customer?.has_account === false) {
      throw new MedusaError(
        MedusaError.Types.FORBIDDEN,
        "This cart is in the Trade sales channel but belongs to no signed-in customer: sign in with a trade account to order"
      )
    }
    if (!(await isTradeAccount(container, customerId))) {
      throw new MedusaError(
        MedusaError.Types.FORBIDDEN,
        "This cart is in the Trade sales channel and its customer no longer holds a trade account"
      )
    }
  },
})
