import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"

/**
 * Request validation whose 400 message starts with the field, as the plugins' APIs promise
 * (`q: at least 2 characters`, `increment: must be at least 1`). Medusa's own
 * validateAndTransformBody/Query prefix "Invalid request:" and rewrite min/max messages, so the
 * plugins' routes use these instead. Schemas write messages that start with their field (the
 * builders in `./fields` do); issues without such a message get "path: " prepended. Unknown keys
 * are refused when the schema is strict.
 */
function messageOf(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => {
      const path = issue.path.join(".")
      if (issue.code === "unrecognized_keys") {
        return `${(issue as { keys: string[] }).keys.join(", ")}: unknown field`
      }
      return path && !issue.message.startsWith(path.split(".")[0]) ? `${path}: ${issue.message}` : issue.message
    })
    .join("; ")
}

function validator(where: "body" | "query", schema: z.ZodTypeAny) {
  return async function validate(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
    const input = where === "body" ? (req.body ?? {}) : (req.query ?? {})
    const parsed = await schema.safeParseAsync(input)
    if (!parsed.success) {
      next(new MedusaError(MedusaError.Types.INVALID_DATA, messageOf(parsed.error)))
      return
    }
    if (where === "body") {
      req.validatedBody = parsed.data
    } else {
      req.validatedQuery = parsed.data as MedusaRequest["validatedQuery"]
    }
    next()
  }
}

/** Middleware: validates `req.body` against `schema` into `req.validatedBody`, or 400. */
export const validateBody = (schema: z.ZodTypeAny) => validator("body", schema)
/** Middleware: validates `req.query` against `schema` into `req.validatedQuery`, or 400. */
export const validateQuery = (schema: z.ZodTypeAny) => validator("query", schema)
