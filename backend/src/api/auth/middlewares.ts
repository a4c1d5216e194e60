import { authenticate, type MedusaRequest, type MiddlewareRoute } from "@medusajs/framework/http"
import { endSessionsOnPasswordUpdate } from "./password-update"
import { revokedTokenGuard } from "@hybrid/plugin-kit/revocation"
import {
  everyAcceptedRequest,
  namedThrottle,
  normaliseAccount,
  signInOutcome,
  throttleMiddleware,
} from "@hybrid/plugin-kit/throttle"

const emailOf = (req: MedusaRequest) => normaliseAccount((req.body as { email?: unknown } | undefined)?.email)

/** Sign-in and registration share one budget per account and address (a registration probe is a guess too). */
const signInThrottle = () =>
  throttleMiddleware({ throttle: () => namedThrottle("signIn"), account: emailOf, outcome: signInOutcome })

/**
 * Sign-in hardening for Medusa's own auth routes (every actor: customers and admin users):
 * throttled password sign-in, registration and reset requests, the sign-out route, and the
 * revoked-token check on every route that authenticates. See plugins/kit/src/throttle.ts and
 * plugins/kit/src/revocation.ts for the contracts.
 */
export const authHardeningMiddlewares: MiddlewareRoute[] = [
  // A signed-out token is refused everywhere it could authenticate (no methods: every route below).
  { matcher: "/store", middlewares: [revokedTokenGuard()] },
  { matcher: "/admin", middlewares: [revokedTokenGuard()] },
  { matcher: "/auth", middlewares: [revokedTokenGuard()] },
  { matcher: "/auth/:actor_type/emailpass", method: ["POST"], middlewares: [signInThrottle()] },
  { matcher: "/auth/:actor_type/emailpass/register", method: ["POST"], middlewares: [signInThrottle()] },
  {
    // Always 201 (Medusa hides whether the identity exists); every request counts.
    matcher: "/auth/:actor_type/emailpass/reset-password",
    method: ["POST"],
    middlewares: [
      throttleMiddleware({
        throttle: () => namedThrottle("passwordReset"),
        account: (req) => normaliseAccount((req.body as { identifier?: unknown } | undefined)?.identifier),
        outcome: everyAcceptedRequest,
      }),
    ],
  },
  {
    // Medusa's own "set the password with a reset token" ends every earlier session too.
    matcher: "/auth/:actor_type/emailpass/update",
    method: ["POST"],
    middlewares: [endSessionsOnPasswordUpdate],
  },
  {
    matcher: "/auth/sign-out",
    method: ["POST"],
    middlewares: [authenticate("*", ["bearer"], { allowUnregistered: true, requireMfa: false })],
  },
]
