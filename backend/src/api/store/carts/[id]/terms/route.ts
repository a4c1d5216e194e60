import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { siteOfChannels } from "../../../../../lib/sites"
import { currentTerms, TERMS_ACCEPTED_AT_KEY, TERMS_VERSION_KEY } from "../../../../../lib/terms"
import type { StoreAcceptTermsType } from "./validators"

/**
 * POST /store/carts/:id/terms { version } — the shopper accepts the terms of the cart's site in
 * force now (GET /store/terms names them). Records `terms_version` and `terms_accepted_at` in the
 * cart's metadata (kept beside what else it holds); Medusa copies them onto the order, and cart
 * completion refuses a cart of that site without the current version (workflows/hooks/terms.ts).
 * Answers 404 for an unknown cart, 400 naming `version` for another version than the one in force
 * or a site that asks for none, 400 naming `cart_id` for a cart already ordered.
 */
export async function POST(req: MedusaStoreRequest<StoreAcceptTermsType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({
    entity: "cart",
    fields: ["id", "sales_channel_id", "metadata", "completed_at"],
    filters: { id: req.params.id },
  })
  if (!cart) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `cart_id: no cart ${req.params.id}`)
  }
  if (cart.completed_at) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "cart_id: this cart has already been ordered")
  }
  const site = await siteOfChannels(req.scope, cart.sales_channel_id ? [cart.sales_channel_id] : [])
  const terms = await currentTerms(site)
  if (!terms) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "version: this shop asks no terms to be accepted")
  }
  if (req.validatedBody.version !== terms.version) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `version: the ${terms.title} in force are version ${terms.version}; read them and accept that version`
    )
  }
  const acceptedAt = new Date().toISOString()
  await req.scope.resolve(Modules.CART).updateCarts(cart.id, {
    metadata: { ...(cart.metadata ?? {}), [TERMS_VERSION_KEY]: terms.version, [TERMS_ACCEPTED_AT_KEY]: acceptedAt },
  })
  res.json({ cart_id: cart.id, terms_version: terms.version, terms_accepted_at: acceptedAt })
}
