import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { INotificationModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { verifyEmailNotification } from "../../../../lib/accounts/notifications"
import { VERIFIED_AT_KEY, newVerification } from "../../../../lib/accounts/verification"
import { requestEmailVerificationWorkflow } from "../../../../workflows/accounts/workflows/request-email-verification"
import { accountView, signedInCustomer } from "../account"

/**
 * POST /store/account/verification (signed in) → 202 { account }: emails a new single-use link
 * (`customer.verify-email`, valid 24 hours) to the account's address; an earlier link stops
 * working. An already verified account → 200 { account } and no email.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const customer = await signedInCustomer(req)
  if (customer.metadata?.[VERIFIED_AT_KEY]) {
    res.status(200).json({ account: accountView(customer) })
    return
  }
  const { token, pending } = newVerification(customer.email)
  await requestEmailVerificationWorkflow(req.scope).run({ input: { customer_id: customer.id, pending } })
  await req.scope
    .resolve<INotificationModuleService>(Modules.NOTIFICATION)
    .createNotifications([verifyEmailNotification(customer, token)])
  res
    .status(202)
    .json({ account: accountView({ ...customer, metadata: { ...customer.metadata, hc_email_verification: pending } }) })
}
