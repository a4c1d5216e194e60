import { MedusaError } from "@medusajs/framework/utils"
import { registerCheckoutGuard } from "@hybrid/plugin-kit/checkout-guards"
import { siteOfChannels } from "../../lib/sites"
import { currentTerms, TERMS_VERSION_KEY } from "../../lib/terms"

/**
 * THE ORDER BOUNDARY for the terms: a cart of a site that asks for terms (the consumer site) is
 * ordered only when it carries the version in force at that moment (POST /store/carts/:id/terms).
 * Terms that changed since the shopper accepted them are asked for again. 400 naming
 * terms_version; nothing is ordered.
 */
registerCheckoutGuard({
  name: "terms",
  check: async ({ container, cart }) => {
    const site = await siteOfChannels(container, cart.sales_channel_id ? [cart.sales_channel_id] : [])
    const terms = await currentTerms(site)
    if (!terms) {
      return
    }
    const accepted = cart.metadata?.[TERMS_VERSION_KEY]
    if (accepted === terms.version) {
      return
    }
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      accepted
        ? `terms_version: the ${terms.title} changed since you accepted version ${accepted}; read version ${terms.version} and accept it to place the order`
        : `terms_version: accept the ${terms.title} (version ${terms.version}) to place the order`
    )
  },
})
