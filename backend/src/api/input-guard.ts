import {
  errorHandler,
  type MedusaErrorHandlerFunction,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { inputErrorMessage, requestInputProblem } from "../lib/input-guard"

/**
 * First middleware of every route (matcher "/" without methods: Medusa registers method-less
 * root matchers before every other app middleware and route, after only its body parsers and the
 * /store publishable-key, locale and authentication layers, none of which read the path's
 * parameters or the body's strings). Refuses NUL characters and malformed percent-encoding with
 * a 400 `invalid_data` naming where the problem is; see `../lib/input-guard.ts`.
 */
export function inputGuard(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const problem = requestInputProblem(req)
  if (problem) {
    next(new MedusaError(MedusaError.Types.INVALID_DATA, problem))
    return
  }
  next()
}

/**
 * Medusa's error handler, except that errors bad input causes below the validators (Express's
 * "Failed to decode param", PostgreSQL data exceptions) answer 400 `invalid_data` instead of 500.
 */
export function inputAwareErrorHandler(core: MedusaErrorHandlerFunction = errorHandler()): MedusaErrorHandlerFunction {
  return function inputAwareCoreErrorHandler(error, req, res, next) {
    const message = inputErrorMessage(error)
    if (message && !res.headersSent) {
      res.status(400).json({ type: MedusaError.Types.INVALID_DATA, message })
      return
    }
    return core(error, req, res, next)
  }
}
