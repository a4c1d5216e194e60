import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Medusa's error handler answers CONFLICT with 409 but replaces the message with a generic
 * idempotency text. Our API promises 409s that name the state ("Quote #12 is already accepted"),
 * so every quote route is wrapped in `withHttpErrors`, which answers CONFLICT itself (409 with the
 * message) and leaves every other error to Medusa.
 */
type Handler<Req extends MedusaRequest> = (req: Req, res: MedusaResponse) => Promise<void>

export function withHttpErrors<Req extends MedusaRequest>(handler: Handler<Req>): Handler<Req> {
  return async (req, res) => {
    try {
      await handler(req, res)
    } catch (error) {
      const { type, message } = (error ?? {}) as { type?: string; message?: string }
      if (type === MedusaError.Types.CONFLICT) {
        res.status(409).json({ type: "conflict", message })
        return
      }
      throw error
    }
  }
}
