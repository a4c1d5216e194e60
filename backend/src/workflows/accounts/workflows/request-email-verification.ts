import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { VERIFICATION_KEY } from "../../../lib/accounts/verification"
import { setCustomerMetadataStep } from "../steps/set-customer-metadata"

/**
 * Stores the hash of a new verification token for the customer (replacing any earlier one, so only
 * the newest link works). The route sends the email with the token after this succeeds.
 */
export const requestEmailVerificationWorkflow = createWorkflow(
  "request-email-verification",
  (input: { customer_id: string; pending: { token_hash: string; email: string; expires_at: string } }) => {
    setCustomerMetadataStep({ customer_id: input.customer_id, values: { [VERIFICATION_KEY]: input.pending } })
    return new WorkflowResponse({ customer_id: input.customer_id })
  }
)
