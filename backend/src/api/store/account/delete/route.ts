import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { IAuthModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { resolveCompanyContext } from "@hybrid/plugin-kit/company-context"
import { bearerToken, revocationStore, tokenExpiry } from "@hybrid/plugin-kit/revocation"
import { deleteCustomerAccountWorkflow } from "../../../../workflows/accounts/workflows/delete-customer-account"
import { signedInCustomer } from "../account"
import type { StoreDeleteAccountType } from "../validators"

/**
 * POST /store/account/delete { password } (signed in) → 200 { deleted: true }: the account's
 * personal data is erased or anonymised and its login deleted (`deleteCustomerAccountWorkflow`);
 * its orders stay for the merchant. Every session of the login ends at once (this token revoked, and
 * every token of the deleted auth identity refused from now on). A wrong password → 400
 * naming `password` (throttled like sign-in); a member of a company → 409 (the company admin
 * removes them from the team first: the company's orders and roles hang on that login).
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreDeleteAccountType>, res: MedusaResponse) {
  const customer = await signedInCustomer(req)
  const auth = req.scope.resolve<IAuthModuleService>(Modules.AUTH)
  const check = await auth.authenticate("emailpass", {
    body: { email: customer.email, password: req.validatedBody.password },
  } as Parameters<IAuthModuleService["authenticate"]>[1])
  if (!check.success || check.authIdentity?.app_metadata?.customer_id !== customer.id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "password: that is not your password")
  }
  if (await resolveCompanyContext(req.scope, customer.id)) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      "This login belongs to a company's trade account: ask your company admin to remove you from the team first"
    )
  }
  await deleteCustomerAccountWorkflow(req.scope).run({ input: { customer_id: customer.id } })
  const store = revocationStore()
  const token = bearerToken(req)
  if (token) {
    await store.revoke(token, tokenExpiry(token))
  }
  // Sessions in other browsers: every token of the deleted identity issued until now is refused.
  const authIdentityId = check.authIdentity?.id ?? req.auth_context?.auth_identity_id
  if (authIdentityId) {
    await store.setNotBefore(authIdentityId, Math.floor(Date.now() / 1000) + 1)
  }
  res.json({ deleted: true })
}
