import { z } from "@medusajs/framework/zod"
import { EMPLOYEE_ROLES } from "../constants"

// The building blocks every plugin shares (text, email, currency code, amount) come from the kit.
export { amount, currencyCode, email, optionalText, text } from "@hybrid/plugin-kit/fields"

/**
 * Field schemas of this plugin's validators. Every message names its field, because the
 * API promises 400s that say which field is wrong (Medusa passes format messages through as is).
 */

/** EU VAT id: 2-letter country prefix and 2–13 letters or digits; spaces, dots and dashes ignored. */
export const VAT_ID_PATTERN = /^[A-Z]{2}[A-Z0-9]{2,13}$/
export const vatId = (field: string) =>
  z.preprocess(
    (value) => (typeof value === "string" ? value.replace(/[\s.-]/g, "").toUpperCase() || null : value),
    z
      .string()
      .regex(
        VAT_ID_PATTERN,
        `${field}: not a valid EU VAT id (country code and 2–13 letters or digits, e.g. DE123456789)`
      )
      .nullish()
  )

export const countryCode = (field: string) =>
  z
    .string({ error: `${field} is required` })
    .trim()
    .toLowerCase()
    .regex(/^[a-z]{2}$/, `${field}: expected a 2-letter ISO 3166 code such as de`)

export const role = (field: string) =>
  z.enum(EMPLOYEE_ROLES, { error: `${field}: expected one of ${EMPLOYEE_ROLES.join(", ")}` })

export const password = (field: string) =>
  z
    .string({ error: `${field} is required` })
    .min(8, `${field}: at least 8 characters`)
    .max(200, `${field}: at most 200 characters`)
