import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { VERIFICATION_KEY, VERIFIED_AT_KEY, type PendingVerification } from "../../../lib/accounts/verification"

export type AccountCustomer = {
  id: string
  email: string
  first_name: string | null
  has_account: boolean
  metadata: Record<string, unknown> | null
}

/** The signed-in customer of the request (behind `authenticate("customer", …)`), or 401. */
export async function signedInCustomer(req: AuthenticatedMedusaRequest): Promise<AccountCustomer> {
  const customerId = req.auth_context?.actor_id
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = customerId
    ? await query.graph({
        entity: "customer",
        fields: ["id", "email", "first_name", "has_account", "metadata"],
        filters: { id: customerId },
      })
    : { data: [] }
  const customer = data[0] as AccountCustomer | undefined
  if (!customer?.has_account) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Sign in with a customer account")
  }
  return customer
}

/** What the storefront shows about the account's email. */
export function accountView(customer: AccountCustomer) {
  const pending = customer.metadata?.[VERIFICATION_KEY] as PendingVerification | undefined
  return {
    id: customer.id,
    email: customer.email,
    email_verified_at: (customer.metadata?.[VERIFIED_AT_KEY] as string | undefined) ?? null,
    verification_expires_at: pending?.expires_at ?? null,
  }
}
