import { z } from "@medusajs/framework/zod"
import { MAX_ID_LENGTH, searchText } from "@hybrid/plugin-kit/fields"
import { MAX_BULK_LINES } from "../../constants"

const ids = (field: string) =>
  z
    .union([z.string(), z.array(z.string())], { error: `${field}: required` })
    .transform((v) => (Array.isArray(v) ? v : v.split(",")).map((s) => s.trim()).filter(Boolean))
    .refine((v) => v.length > 0, `${field}: required`)
    .refine((v) => v.every((id) => id.length <= MAX_ID_LENGTH), `${field}: at most ${MAX_ID_LENGTH} characters each`)
    .refine((v) => v.length <= 100, `${field}: at most 100 variants`)

/** GET /store/trade-pricing/variants?q=&region_id=&limit= */
export const StoreSearchVariants = z.object({
  q: searchText("q", 100).pipe(z.string().min(2, "q: at least 2 characters")),
  region_id: z.string().max(MAX_ID_LENGTH, `region_id: at most ${MAX_ID_LENGTH} characters`).optional(),
  limit: z.coerce
    .number({ error: "limit: expected a number" })
    .int()
    .min(1, "limit: at least 1")
    .max(50, "limit: at most 50")
    .default(10),
})
export type StoreSearchVariantsType = z.infer<typeof StoreSearchVariants>

/** GET /store/trade-pricing/prices?region_id=&variant_id=…&quantity=&country_code= */
export const StoreExplainPrices = z.object({
  region_id: z
    .string({ error: "region_id: required" })
    .min(1, "region_id: required")
    .max(MAX_ID_LENGTH, `region_id: at most ${MAX_ID_LENGTH} characters`),
  variant_id: ids("variant_id"),
  quantity: z.coerce
    .number({ error: "quantity: expected a whole number" })
    .int("quantity: expected a whole number")
    .min(1, "quantity: must be at least 1")
    .max(1_000_000, "quantity: at most 1000000")
    .default(1),
  country_code: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z]{2}$/, "country_code: expected a 2-letter code such as de")
    .optional(),
})
export type StoreExplainPricesType = z.infer<typeof StoreExplainPrices>

/**
 * POST /store/carts/:id/line-items/bulk. Lines are checked loosely here (so every line's problem
 * can be reported with its line number by the route), strictly there.
 */
export const StoreBulkAddItems = z
  .object({
    items: z
      .array(
        z.object({
          sku: z.string().optional(),
          variant_id: z.string().optional(),
          quantity: z.unknown(),
        }),
        { error: "items: expected a list of { sku or variant_id, quantity }" }
      )
      .min(1, "items: at least 1 line")
      .max(MAX_BULK_LINES, `items: at most ${MAX_BULK_LINES} lines`),
    dry_run: z.boolean({ error: "dry_run: expected true or false" }).default(false),
  })
  .strict()
export type StoreBulkAddItemsType = z.infer<typeof StoreBulkAddItems>
