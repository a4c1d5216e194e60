import type { MedusaRequest } from "@medusajs/framework/http"
import {
  everyAcceptedRequest,
  namedThrottle,
  normaliseAccount,
  throttleMiddleware,
  type ThrottleOutcome,
} from "@hybrid/plugin-kit/throttle"

/**
 * Reset requests share the budget of Medusa's own reset route (`passwordReset`: every accepted
 * request counts, per email and per address), so neither route is a way around the other.
 */
export const passwordResetRequestThrottle = () =>
  throttleMiddleware({
    throttle: () => namedThrottle("passwordReset"),
    account: (req: MedusaRequest) => normaliseAccount((req.body as { email?: unknown } | undefined)?.email),
    outcome: everyAcceptedRequest,
  })

/** A refused reset token (401) is a failed guess; a reset is a success; bad input costs nothing. */
export function resetConfirmOutcome(status: number): ThrottleOutcome {
  if (status === 401) {
    return "counted"
  }
  return status >= 200 && status < 300 ? "success" : "refund"
}

/** Token guessing is throttled per address only: a guesser never repeats a token. */
export const passwordResetConfirmThrottle = () =>
  throttleMiddleware({
    throttle: () => namedThrottle("passwordResetConfirm"),
    account: () => undefined,
    outcome: resetConfirmOutcome,
  })
