import { authenticate, type MedusaRequest, type MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { validateBody } from "@hybrid/plugin-kit/validate"
import { namedThrottle, throttleMiddleware, type ThrottleOutcome } from "@hybrid/plugin-kit/throttle"
import { reservedMetadataKeys } from "../../../lib/accounts/verification"
import { StoreConfirmVerification, StoreDeleteAccount, StoreEmptyBody, StoreMergeCart } from "./validators"

const signedIn = authenticate("customer", ["session", "bearer"])

/** A wrong password on account deletion counts like a wrong sign-in (per account and address). */
const deletionOutcome = (status: number): ThrottleOutcome =>
  status === 400 ? "counted" : status >= 200 && status < 300 ? "success" : "refund"

/**
 * Customers never write the platform's own metadata keys (`hc_…`: email verification) through
 * Medusa's customer routes: 400 naming the key.
 */
function noReservedMetadata(req: MedusaRequest, _res: unknown, next: (error?: unknown) => void) {
  const reserved = reservedMetadataKeys((req.body as { metadata?: unknown } | undefined)?.metadata)
  next(
    reserved.length
      ? new MedusaError(MedusaError.Types.INVALID_DATA, `metadata.${reserved[0]}: reserved for the platform`)
      : undefined
  )
}

/** The consumer account routes (`/store/account/*`) and the guard on Medusa's customer routes. */
export const storeAccountMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/customers", method: ["POST"], middlewares: [noReservedMetadata] },
  { matcher: "/store/customers/me", method: ["POST"], middlewares: [noReservedMetadata] },
  { matcher: "/store/account", method: ["GET"], middlewares: [signedIn] },
  { matcher: "/store/account/verification", method: ["POST"], middlewares: [signedIn, validateBody(StoreEmptyBody)] },
  {
    matcher: "/store/account/verification/confirm",
    method: ["POST"],
    middlewares: [signedIn, validateBody(StoreConfirmVerification)],
  },
  {
    matcher: "/store/account/delete",
    method: ["POST"],
    middlewares: [
      signedIn,
      throttleMiddleware({
        throttle: () => namedThrottle("signIn"),
        account: (req) => {
          const actor = (req as { auth_context?: { actor_id?: string } }).auth_context?.actor_id
          return actor ? `account-deletion:${actor}` : undefined
        },
        outcome: deletionOutcome,
      }),
      validateBody(StoreDeleteAccount),
    ],
  },
  { matcher: "/store/account/cart", method: ["GET"], middlewares: [signedIn] },
  { matcher: "/store/account/cart/merge", method: ["POST"], middlewares: [signedIn, validateBody(StoreMergeCart)] },
]
