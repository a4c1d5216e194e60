import type { MedusaRequest, MiddlewareRoute } from "@medusajs/framework/http"
import {
  everyAcceptedRequest,
  namedThrottle,
  normaliseAccount,
  throttleMiddleware,
  type ThrottleOutcome,
} from "@hybrid/plugin-kit/throttle"

/** An unknown (404) or used/expired (410) invite token is a failed guess; acceptance is a success. */
export function inviteOutcome(status: number): ThrottleOutcome {
  if (status === 404 || status === 410) {
    return "counted"
  }
  return status >= 200 && status < 300 ? "success" : "refund"
}

const applicantEmail = (req: MedusaRequest) =>
  normaliseAccount((req.body as { applicant?: { email?: unknown } } | undefined)?.applicant?.email)

/**
 * Invite guessing is throttled per address only: a guesser never repeats a token, so a count per
 * token would add nothing (and the pages of one unknown token would share it).
 */
const inviteThrottle = () =>
  throttleMiddleware({ throttle: () => namedThrottle("invite"), account: () => undefined, outcome: inviteOutcome })

/**
 * The plugin's public account endpoints, throttled per account and client address (policies and
 * their environment settings: `THROTTLE_DEFAULTS` in @hybrid/plugin-kit/throttle). Every valid
 * application counts against its email and address whatever its email, so the limit reveals
 * nothing about the email; invite pages and acceptances count unknown and used tokens per address.
 */
export const storeThrottleMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/trade-applications",
    methods: ["POST"],
    middlewares: [
      throttleMiddleware({
        throttle: () => namedThrottle("application"),
        account: applicantEmail,
        outcome: everyAcceptedRequest,
      }),
    ],
  },
  { matcher: "/store/invites/:token", methods: ["GET"], middlewares: [inviteThrottle()] },
  { matcher: "/store/invites/:token/accept", methods: ["POST"], middlewares: [inviteThrottle()] },
]
