import { z } from "@medusajs/framework/zod"
import {
  id,
  limitParam,
  offsetParam,
  optionalText as kitOptionalText,
  text as kitText,
  type TextOptions,
} from "@hybrid/plugin-kit/fields"
import { REPORTED_QUOTE_STATUSES } from "../constants"

/**
 * Field schemas shared by the plugin's validators. Every message names its field: the API promises
 * 400s that say which field is wrong.
 */

/** A required text, trimmed; at most 2000 characters unless told; one line unless `multiline`. */
export const text = (field: string, max = 2000, options: TextOptions = {}) => kitText(field, max, options)

/** Optional text; blank counts as absent. At most 2000 characters unless told; one line unless `multiline`. */
export const optionalText = (field: string, max = 2000, options: TextOptions = {}) =>
  kitOptionalText(field, max, options)

/** Messages, reasons and comments may span lines. */
export const MULTILINE: TextOptions = { multiline: true }

export { id }

/** An ISO 8601 date-time strictly in the future, kept as the string given. */
export const futureDateTime = (field: string) =>
  z
    .string({ error: `${field} is required (ISO 8601 date-time)` })
    .refine((value) => /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value)), {
      message: `${field}: expected an ISO 8601 date-time such as 2030-01-31T12:00:00Z`,
    })
    .refine((value) => Date.parse(value) > Date.now(), { message: `${field}: must be in the future` })

/** An ISO 8601 date or date-time (filters). */
export const dateFilter = (field: string) =>
  z
    .string()
    .refine((value) => !Number.isNaN(Date.parse(value)), {
      message: `${field}: expected an ISO 8601 date or date-time`,
    })
    .transform((value) => new Date(value))

/** A status filter: one reported status, or "all" (default). */
export const statusFilter = z
  .enum([...REPORTED_QUOTE_STATUSES, "all"], {
    error: `status: expected one of ${[...REPORTED_QUOTE_STATUSES, "all"].join(", ")}`,
  })
  .default("all")

export const limit = limitParam()
export const offset = offsetParam()
