import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { INotificationModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { welcomeNotification } from "../../../../../lib/accounts/notifications"
import { verificationProblem } from "../../../../../lib/accounts/verification"
import { verifyCustomerEmailWorkflow } from "../../../../../workflows/accounts/workflows/verify-customer-email"
import { signedInCustomer } from "../../account"
import type { StoreConfirmVerificationType } from "../../validators"

const PROBLEMS = {
  "none-pending": "token: this link was already used or replaced by a newer one; request a new link",
  "wrong-token": "token: this link is not valid for your account; request a new link",
  expired: "token: this link has expired; request a new link",
  "email-changed": "token: this link was sent to another email address; request a new link",
} as const

/**
 * POST /store/account/verification/confirm { token } (signed in as the account the link was sent
 * to) → 200 { verified: true, claimed_orders }: the email is verified, the token used up, and the
 * orders placed as a guest with that email move into the account. A used, replaced, expired or
 * foreign token → 400 naming `token`. Verifying is the only way guest orders change hands.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreConfirmVerificationType>, res: MedusaResponse) {
  const customer = await signedInCustomer(req)
  const now = new Date()
  const problem = verificationProblem(customer.metadata, customer.email, req.validatedBody.token, now)
  if (problem) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, PROBLEMS[problem])
  }
  const { result } = await verifyCustomerEmailWorkflow(req.scope).run({
    input: { customer_id: customer.id, email: customer.email, verified_at: now.toISOString() },
  })
  await req.scope
    .resolve<INotificationModuleService>(Modules.NOTIFICATION)
    .createNotifications([welcomeNotification(customer)])
  res.json({ verified: true, claimed_orders: result.claimed })
}
