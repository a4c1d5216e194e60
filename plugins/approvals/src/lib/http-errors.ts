import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Medusa's error handler answers CONFLICT with 409 but replaces its message with a generic
 * idempotency text. Our API promises 409s that say what is in the way ("awaiting approval",
 * "already decided"), so routes that can conflict are wrapped in `withHttpErrors`, which answers
 * CONFLICT itself and leaves every other error to Medusa.
 */
export function conflict(message: string): MedusaError {
  return new MedusaError(MedusaError.Types.CONFLICT, message)
}

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
