import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Medusa's error handler answers DUPLICATE_ERROR with 422 and replaces every CONFLICT message with
 * a generic idempotency text, and has no 410. Our APIs promise "409 naming the email", "410 for a
 * used or expired invite" and 409s that say what is in the way ("Quote #12 is already accepted",
 * "awaiting approval"), so routes that can produce them are wrapped in `withHttpErrors`, which
 * answers these kinds itself and leaves every other error to Medusa.
 */
// The value predates the kit (company-accounts defined it); kept so no error code changes.
const GONE_CODE = "company_accounts.gone"

/** The record existed but can no longer be used (an expired or accepted invite): 410. */
export function goneError(message: string): MedusaError {
  return new MedusaError(MedusaError.Types.NOT_ALLOWED, message, GONE_CODE)
}

/** The resource is in a state that forbids the request (already decided, locked, accepted): 409. */
export function conflict(message: string): MedusaError {
  return new MedusaError(MedusaError.Types.CONFLICT, message)
}

/** The request would create something that already exists (an account for that email): 409. */
export function duplicateError(message: string): MedusaError {
  return new MedusaError(MedusaError.Types.DUPLICATE_ERROR, message)
}

type Handler<Req extends MedusaRequest> = (req: Req, res: MedusaResponse) => Promise<void>

/**
 * Wraps a route handler so `goneError` answers 410, `conflict` and `duplicateError` answer 409 with
 * their own message; every other error goes on to Medusa's handler unchanged.
 *
 * @example export const POST = withHttpErrors(async (req, res) => { ... throw conflict("Quote #12 is already accepted") })
 */
export function withHttpErrors<Req extends MedusaRequest>(handler: Handler<Req>): Handler<Req> {
  return async (req, res) => {
    try {
      await handler(req, res)
    } catch (error) {
      const { type, code, message } = (error ?? {}) as { type?: string; code?: string; message?: string }
      if (code === GONE_CODE) {
        res.status(410).json({ type: "not_allowed", message })
        return
      }
      if (type === MedusaError.Types.DUPLICATE_ERROR) {
        res.status(409).json({ type: "duplicate_error", message })
        return
      }
      if (type === MedusaError.Types.CONFLICT) {
        res.status(409).json({ type: "conflict", message })
        return
      }
      throw error
    }
  }
}
