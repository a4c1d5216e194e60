import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { keyChannelIds } from "@hybrid/plugin-kit/channel-scope"
import { signedInCustomer } from "../account"
import { currentCartOf } from "./carts"

/**
 * GET /store/account/cart (signed in) → { cart_id }: the customer's current cart in the publishable
 * key's sales channels (their newest open cart), or null. A second browser signing in finds the
 * same cart here.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const customer = await signedInCustomer(req)
  res.setHeader("Cache-Control", "private, no-store")
  res.json({ cart_id: await currentCartOf(req.scope, customer.id, keyChannelIds(req)) })
}
