import { z } from "@medusajs/framework/zod"
import { wholeNumber } from "@hybrid/plugin-kit/fields"

/**
 * Admin request schemas of the trade-pricing plugin. Every message names its field: the API
 * promises 400s that say which field is wrong.
 */

/** GET /admin/trade-pricing/quantity-rules?variant_id=… (one or many; none: all rules) */
export const AdminListQuantityRules = z.object({
  variant_id: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? undefined : Array.isArray(v) ? v : v.split(",").filter(Boolean))),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
})
export type AdminListQuantityRulesType = z.infer<typeof AdminListQuantityRules>

/** POST /admin/trade-pricing/quantity-rules — upsert by variant_id; max_quantity null: no maximum. */
export const AdminUpsertQuantityRule = z
  .object({
    variant_id: z.string({ error: "variant_id: required" }).trim().min(1, "variant_id: required"),
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
    csv: z.string({ error: "csv: required" }).min(1, "csv: required"),
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
    title: z.string().trim().min(1, "title: must not be empty").max(200, "title: at most 200 characters").optional(),
    description: z.string().trim().max(1000, "description: at most 1000 characters").optional(),
    starts_at: isoDate("starts_at"),
    ends_at: isoDate("ends_at"),
    prices: z
      .array(
        z
          .object({
            variant_id: z.string({ error: "prices.variant_id: required" }).min(1, "prices.variant_id: required"),
            currency_code: z
              .string({ error: "prices.currency_code: required" })
              .trim()
              .toLowerCase()
              .regex(/^[a-z]{3}$/, "prices.currency_code: expected a 3-letter code such as eur"),
            amount: z
              .number({ error: "prices.amount: expected a number" })
              .positive("prices.amount: must be greater than 0"),
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
