import { z } from "@medusajs/framework/zod"
import { EMPLOYEE_ROLES } from "../constants"

/**
 * Field schemas shared by the plugin's validators. Every message names its field, because the
 * API promises 400s that say which field is wrong (Medusa passes format messages through as is).
 */

/** An email, trimmed and lower-cased (logins are matched case-insensitively). */
export const email = (field: string) =>
  z
    .string({ error: `${field} is required` })
    .trim()
    .toLowerCase()
    .email(`${field}: not a valid email address`)

/** A required line of text. */
export const text = (field: string, max = 200) =>
  z
    .string({ error: `${field} is required` })
    .trim()
    .min(1, `${field} is required`)
    .max(max, `${field}: at most ${max} characters`)

/** Optional text; an empty string counts as absent. */
export const optionalText = (field: string, max = 200) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? null : value),
    z.string().trim().max(max, `${field}: at most ${max} characters`).nullish()
  )

/** EU VAT id: 2-letter country prefix and 2–13 letters or digits; spaces, dots and dashes ignored. */
export const VAT_ID_PATTERN = /^[A-Z]{2}[A-Z0-9]{2,13}$/
export const vatId = (field: string) =>
  z.preprocess(
    (value) =>
      typeof value === "string"
        ? value.replace(/[\s.-]/g, "").toUpperCase() || null
        : value,
    z
      .string()
      .regex(VAT_ID_PATTERN, `${field}: not a valid EU VAT id (country code and 2–13 letters or digits, e.g. DE123456789)`)
      .nullish()
  )

export const currencyCode = (field: string) =>
  z
    .string({ error: `${field} is required` })
    .trim()
    .toLowerCase()
    .regex(/^[a-z]{3}$/, `${field}: expected a 3-letter ISO 4217 code such as eur`)

export const countryCode = (field: string) =>
  z
    .string({ error: `${field} is required` })
    .trim()
    .toLowerCase()
    .regex(/^[a-z]{2}$/, `${field}: expected a 2-letter ISO 3166 code such as de`)

/** A money amount in major units, zero or more. */
export const amount = (field: string) =>
  z
    .number({ error: `${field}: expected a number` })
    .finite(`${field}: expected a number`)
    .min(0, `${field}: must not be negative`)

export const role = (field: string) =>
  z.enum(EMPLOYEE_ROLES, { error: `${field}: expected one of ${EMPLOYEE_ROLES.join(", ")}` })

export const password = (field: string) =>
  z
    .string({ error: `${field} is required` })
    .min(8, `${field}: at least 8 characters`)
    .max(200, `${field}: at most 200 characters`)
