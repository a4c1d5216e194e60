import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { VERIFICATION_KEY, VERIFIED_AT_KEY } from "../../../lib/accounts/verification"
import { claimGuestOrdersStep } from "../steps/claim-guest-orders"
import { setCustomerMetadataStep } from "../steps/set-customer-metadata"

/**
 * Marks the account's email verified (the token is used up) and moves the orders its owner placed
 * as a guest with that email into the account. The caller has checked the token
 * (`verificationProblem`); this is the only path by which guest orders change hands.
 */
export const verifyCustomerEmailWorkflow = createWorkflow(
  "verify-customer-email",
  (input: { customer_id: string; email: string; verified_at: string }) => {
    setCustomerMetadataStep({
      customer_id: input.customer_id,
      values: { [VERIFIED_AT_KEY]: input.verified_at, [VERIFICATION_KEY]: null },
    })
    const claimed = claimGuestOrdersStep({ customer_id: input.customer_id, email: input.email })
    return new WorkflowResponse(claimed)
  }
)

/**
 * Orders placed as a guest AFTER the email was verified are claimed at the next claim call
 * (`POST /store/account/claim-orders`), with the same step and for the same proven email only.
 */
export const claimVerifiedGuestOrdersWorkflow = createWorkflow(
  "claim-verified-guest-orders",
  (input: { customer_id: string; email: string }) => {
    const claimed = claimGuestOrdersStep({ customer_id: input.customer_id, email: input.email })
    return new WorkflowResponse(claimed)
  }
)
