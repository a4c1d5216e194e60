import { z } from "@medusajs/framework/zod"
import {
  amount,
  currencyCode,
  MAX_ID_LENGTH,
  offsetParam,
  optionalText,
  queryWholeNumber,
  wholeNumber,
} from "@hybrid/plugin-kit/fields"

/**
 * Admin request schemas of the trade-pricing plugin. Every message names its field: the API
 * promises 400s that say which field is wrong.
 */

/** GET /admin/trade-pricing/quantity-rules?variant_id=… (one or many; none: all rules) */
export const AdminListQuantityRules = z.object({
  variant_id: z
    .union([z.string(), z.array(z.string())], { error: "variant_id: expected one or more variant ids" })
    .optional()
    .transform((v) => (v === undefined ? undefined : Array.isArray(v) ? v : v.split(",").filter(Boolean)))
    .refine((v) => v === undefined || v.length <= 1000, "variant_id: at most 1000 variants"),
  limit: queryWholeNumber("limit", 1, 1000, 100),
  offset: offsetParam(),
})
export type AdminListQuantityRulesType = z.infer<typeof AdminListQuantityRules>

/** POST /admin/trade-pricing/quantity-rules — upsert by variant_id; max_quantity null: no maximum. */
export const AdminUpsertQuantityRule = z
  .object({
    variant_id: z
      .string({ error: "variant_id: required" })
      .trim()
      .min(1, "variant_id: required")
      .max(MAX_ID_LENGTH, `variant_id: at most ${MAX_ID_LENGTH} characters`),
    min_quantity: wholeNumber("min_quantity", 1).default(1),
    increment: wholeNumber("increment", 1).default(1),
    max_quantity: wholeNumber("max_quantity", 1).nullable().default(null),
  })
  .strict()
  .refine((rule) => rule.max_quantity === null || rule.max_quantity >= rule.min_quantity, {
    message: "max_quantity: must be at least min_quantity",
    path: ["max_quantity"],
  })
export type AdminUpsertQuantityRuleType = z.infer<typeof AdminUpsertQuantityRule>

/** POST /admin/trade-pricing/price-lists/:id/import */
export const AdminImportPrices = z
  .object({
    csv: z.string({ error: "csv: required" }).min(1, "csv: required").max(5_000_000, "csv: at most 5000000 characters"),
    dry_run: z.boolean({ error: "dry_run: expected true or false" }).default(true),
  })
  .strict()
export type AdminImportPricesType = z.infer<typeof AdminImportPrices>

const isoDate = (field: string) =>
  z
    .string({ error: `${field}: expected an ISO date` })
    .refine((value) => !Number.isNaN(Date.parse(value)), `${field}: expected an ISO date such as 2027-01-31T00:00:00Z`)
    .nullable()
    .optional()

/** POST /admin/trade-pricing/companies/:company_id/price-list */
export const AdminCreateCompanyPriceList = z
  .object({
    title: optionalText("title", 200).transform((value) => value ?? undefined),
    description: optionalText("description", 1000, { multiline: true }).transform((value) => value ?? undefined),
    starts_at: isoDate("starts_at"),
    ends_at: isoDate("ends_at"),
    prices: z
      .array(
        z
          .object({
            variant_id: z
              .string({ error: "prices.variant_id: required" })
              .min(1, "prices.variant_id: required")
              .max(MAX_ID_LENGTH, `prices.variant_id: at most ${MAX_ID_LENGTH} characters`),
            // The shape here; one of the store's currencies: validatePriceCurrenciesStep.
            currency_code: currencyCode("prices.currency_code"),
            amount: amount("prices.amount").refine((value) => value > 0, "prices.amount: must be greater than 0"),
            min_quantity: wholeNumber("prices.min_quantity", 1).optional(),
          })
          .strict()
      )
      .max(10_000, "prices: at most 10000 prices")
      .optional(),
  })
  .strict()
  .refine((b) => !b.starts_at || !b.ends_at || Date.parse(b.ends_at) > Date.parse(b.starts_at), {
    message: "ends_at: must be after starts_at",
    path: ["ends_at"],
  })
export type AdminCreateCompanyPriceListType = z.infer<typeof AdminCreateCompanyPriceList>
