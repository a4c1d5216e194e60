import type { AuthenticatedMedusaRequest, MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { defaultStoreCartFields } from "@medusajs/medusa/api/store/carts/query-config"
import { companyContext } from "@hybrid/plugin-kit/company-context"
import { currentCompanyCartId } from "../carts/helpers"

/**
 * GET /store/companies/me/cart → { cart } : the signed-in person's open cart for the company they
 * act for now, in the request key's sales channels (the trade site's), or { cart: null }. The cart
 * is a row kept for the person and the company, so any browser they sign in on finds the same one;
 * switching company answers that company's cart. Quote carts are not "the cart".
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { company } = companyContext(req)
  const channels = (req as unknown as Partial<MedusaStoreRequest>).publishable_key_context?.sales_channel_ids ?? []
  const cartId = await currentCompanyCartId(req.scope, req.auth_context.actor_id, company.id, channels)
  res.json({ cart: cartId ? await refetchCart(cartId, req.scope, defaultStoreCartFields) : null })
}
