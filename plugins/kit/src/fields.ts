import { z } from "@medusajs/framework/zod"

/**
 * Field schemas the plugins' validators are built from. Every message starts with the field name,
 * because the APIs promise 400s that say which field is wrong (`validateBody`/`validateQuery` in
 * `./validate` pass such messages through unchanged). Pass the field as the client sees it,
 * e.g. `lines[].quantity`.
 */

/** Largest value of a PostgreSQL `integer` column: bigger whole numbers are refused with a 400, not a 500. */
export const INT32_MAX = 2_147_483_647

/** A whole number from `min` up to `max` (default INT32_MAX). */
export const wholeNumber = (field: string, min: number, max = INT32_MAX) =>
  z
    .number({ error: `${field}: expected a whole number` })
    .int(`${field}: expected a whole number`)
    .min(min, `${field}: must be at least ${min}`)
    .max(max, `${field}: at most ${max}`)

/** A quantity to order: a whole number from 1 up to INT32_MAX. */
export const quantity = (field: string) =>
  z
    .number({ error: `${field}: expected a whole number greater than 0` })
    .int(`${field}: expected a whole number greater than 0`)
    .positive(`${field}: expected a whole number greater than 0`)
    .max(INT32_MAX, `${field}: at most ${INT32_MAX}`)

/** A money amount in major units (12.5 = 12.50 in the currency), zero or more. */
export const amount = (field: string) =>
  z
    .number({ error: `${field}: expected a number` })
    .finite(`${field}: expected a number`)
    .min(0, `${field}: must not be negative`)

/** A 3-letter ISO 4217 currency code, trimmed and lower-cased as Medusa stores it. */
export const currencyCode = (field: string) =>
  z
    .string({ error: `${field} is required` })
    .trim()
    .toLowerCase()
    .regex(/^[a-z]{3}$/, `${field}: expected a 3-letter ISO 4217 code such as eur`)

/** The id of a record (any prefix); blank is refused. */
export const id = (field: string) =>
  z
    .string({ error: `${field} is required` })
    .trim()
    .min(1, `${field} is required`)

/** A required line of text, trimmed, at most `max` characters. */
export const text = (field: string, max = 200) =>
  z
    .string({ error: `${field} is required` })
    .trim()
    .min(1, `${field} is required`)
    .max(max, `${field}: at most ${max} characters`)

/** Optional text, trimmed, at most `max` characters; blank counts as absent (null). */
export const optionalText = (field: string, max = 200) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? null : value),
    z
      .string({ error: `${field}: expected text` })
      .trim()
      .max(max, `${field}: at most ${max} characters`)
      .nullish()
  )

/** An email address, trimmed and lower-cased (logins are matched case-insensitively). */
export const email = (field: string) =>
  z
    .string({ error: `${field} is required` })
    .trim()
    .toLowerCase()
    .email(`${field}: not a valid email address`)
