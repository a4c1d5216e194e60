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

/** Largest money amount accepted (major units): far above any order, far below float trouble. */
export const MAX_AMOUNT = 1_000_000_000

/** Most decimals a money amount may carry (Medusa's currencies use at most 3, e.g. KWD). */
export const MAX_AMOUNT_DECIMALS = 4

/**
 * A money amount in major units (12.5 = 12.50 in the currency): finite, from 0 up to `max`
 * (MAX_AMOUNT), with at most `decimals` decimals (MAX_AMOUNT_DECIMALS; pass the currency's own,
 * e.g. 2 for eur, 0 for jpy, when it is known).
 */
export const amount = (field: string, { max = MAX_AMOUNT, decimals = MAX_AMOUNT_DECIMALS } = {}) =>
  z
    .number({ error: `${field}: expected a number` })
    .finite(`${field}: expected a number`)
    .min(0, `${field}: must not be negative`)
    .max(max, `${field}: at most ${max}`)
    .refine((value) => Number(value.toFixed(decimals)) === value, `${field}: at most ${decimals} decimals`)

/** A whole number from `min` up to `max` given as a query parameter (a string), with a default. */
export const queryWholeNumber = (field: string, min: number, max: number, fallback: number) =>
  z.coerce
    .number({ error: `${field}: expected a whole number` })
    .int(`${field}: expected a whole number`)
    .min(min, `${field}: must be at least ${min}`)
    .max(max, `${field}: at most ${max}`)
    .default(fallback)

/** `limit` of a list query: 1 up to `max` (default 100), default `fallback` (20). */
export const limitParam = (max = 100, fallback = 20) => queryWholeNumber("limit", 1, max, fallback)

/** `offset` of a list query: 0 up to INT32_MAX, default 0. */
export const offsetParam = () => queryWholeNumber("offset", 0, INT32_MAX, 0)

/**
 * The shape of a 3-letter ISO 4217 currency code, trimmed and lower-cased as Medusa stores it.
 * The shape alone lets "NaN" through: a code the store must hold (a rule, a price, a company's
 * currency) is checked with `storeCurrencyCode` or `assertStoreCurrency` (`./store-currency`).
 */
export const currencyCode = (field: string) =>
  z
    .string({ error: `${field} is required` })
    .trim()
    .toLowerCase()
    .regex(/^[a-z]{3}$/, `${field}: expected a 3-letter ISO 4217 code such as eur`)

/** A currency code that is one of `allowed` (the store's supported currencies, lower-case). */
export const storeCurrencyCode = (field: string, allowed: readonly string[]) =>
  currencyCode(field).refine(
    (code) => allowed.includes(code),
    `${field}: expected one of this store's currencies (${allowed.join(", ")})`
  )

/** Longest id accepted (Medusa's are a short prefix and a 26-character ULID). */
export const MAX_ID_LENGTH = 100

/**
 * The id of a record: letters, digits, `_` and `-` only, at most MAX_ID_LENGTH characters, and
 * starting with `<prefix>_` when a prefix is given (`id("cart_id", "cart")`); blank is refused.
 */
export const id = (field: string, prefix?: string) =>
  z
    .string({ error: `${field} is required` })
    .trim()
    .min(1, `${field} is required`)
    .max(MAX_ID_LENGTH, `${field}: at most ${MAX_ID_LENGTH} characters`)
    .regex(
      prefix ? new RegExp(`^${prefix}_[A-Za-z0-9]+$`) : /^[A-Za-z0-9_-]+$/,
      prefix
        ? `${field}: expected an id starting with ${prefix}_`
        : `${field}: expected an id (letters, digits, _ and -)`
    )

/** An optional id (see `id`); blank counts as absent (null), as forms send empty fields. */
export const optionalId = (field: string, prefix?: string) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? null : value),
    id(field, prefix).nullish()
  )

/** Control characters refused in one-line text (all of them) and in multi-line text (all but tab and line breaks). */
const ONE_LINE_CONTROL = /[\u0000-\u001f\u007f]/
const MULTI_LINE_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/

export type TextOptions = {
  /** Allow tabs and line breaks (messages, comments, reasons); other control characters stay refused. */
  multiline?: boolean
}

const withoutControlCharacters = (field: string, schema: z.ZodString, { multiline = false }: TextOptions) =>
  schema.refine(
    (value) => !(multiline ? MULTI_LINE_CONTROL : ONE_LINE_CONTROL).test(value),
    multiline
      ? `${field}: must not contain control characters other than tabs and line breaks`
      : `${field}: must not contain control characters or line breaks`
  )

/** A required text, trimmed, at most `max` characters, without control characters (see TextOptions). */
export const text = (field: string, max = 200, options: TextOptions = {}) =>
  withoutControlCharacters(
    field,
    z
      .string({ error: `${field} is required` })
      .trim()
      .min(1, `${field} is required`)
      .max(max, `${field}: at most ${max} characters`),
    options
  )

/** Optional text, trimmed, at most `max` characters, no control characters; blank counts as absent (null). */
export const optionalText = (field: string, max = 200, options: TextOptions = {}) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? null : value),
    withoutControlCharacters(
      field,
      z
        .string({ error: `${field}: expected text` })
        .trim()
        .max(max, `${field}: at most ${max} characters`),
      options
    ).nullish()
  )

/** A search term of a query string: trimmed, at most `max` characters, no control characters. */
export const searchText = (field: string, max = 200) =>
  withoutControlCharacters(
    field,
    z
      .string({ error: `${field}: expected text` })
      .trim()
      .max(max, `${field}: at most ${max} characters`),
    {}
  )

/** An email address, trimmed and lower-cased (logins are matched case-insensitively). */
export const email = (field: string) =>
  z
    .string({ error: `${field} is required` })
    .trim()
    .toLowerCase()
    .max(254, `${field}: at most 254 characters`)
    .email(`${field}: not a valid email address`)
