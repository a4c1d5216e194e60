import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { accountView, signedInCustomer } from "./account"

/** GET /store/account → { account: { id, email, email_verified_at, verification_expires_at } } of the signed-in customer. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.setHeader("Cache-Control", "private, no-store")
  res.json({ account: accountView(await signedInCustomer(req)) })
}
