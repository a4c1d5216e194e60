import { z } from "@medusajs/framework/zod"
import { MedusaError } from "@medusajs/framework/utils"
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, OPTION_FACETS, SORTS } from "../../../lib/search/constants"

/** One value or a repeated query parameter (`category=a&category=b`), as a list. */
const list = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? value : [value]).map((v) => v.trim()).filter(Boolean))
  .pipe(z.array(z.string().max(100)).max(20))
  .optional()

const amount = z.coerce.number().finite().min(0).optional()

const flag = z
  .enum(["true", "false", "1", "0"])
  .transform((value) => value === "true" || value === "1")
  .optional()

export const StoreSearchProducts = z
  .object({
    q: z.string().trim().max(200).optional(),
    category: list,
    price_min: amount,
    price_max: amount,
    in_stock: flag,
    option: z.record(z.string(), z.union([z.string(), z.array(z.string())])).optional(),
    sort: z.enum(SORTS).optional(),
    page: z.coerce.number().int().min(1).max(1000).default(1),
    limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
    region_id: z.string().min(1).optional(),
    country_code: z.string().trim().toLowerCase().length(2).optional(),
    /** `gross`: price_min/price_max and price buckets include the country's tax (needs country_code). */
    price_basis: z.enum(["net", "gross"]).default("net"),
  })
  .strict()
export type StoreSearchProductsType = z.infer<typeof StoreSearchProducts>

export const StoreSearchSuggest = z
  .object({
    q: z.string().trim().min(1).max(100),
    limit: z.coerce.number().int().min(1).max(10).default(6),
  })
  .strict()
export type StoreSearchSuggestType = z.infer<typeof StoreSearchSuggest>

/** Parsed search input: options normalised to lists of values per known option. */
export type SearchInput = Omit<StoreSearchProductsType, "option"> & {
  options: Partial<Record<(typeof OPTION_FACETS)[number], string[]>>
}

function fieldName(path: PropertyKey[]): string {
  const [head, ...rest] = path.map(String)
  return head === "option" && rest.length ? `option[${rest[0]}]` : [head, ...rest].filter(Boolean).join(".")
}

/** Validates a query string with `schema`; a bad value is a 400 naming the field. */
export function parseQuery<T extends z.ZodTypeAny>(schema: T, query: unknown): z.infer<T> {
  const parsed = schema.safeParse(query)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const field = issue.code === "unrecognized_keys" ? issue.keys[0] : fieldName(issue.path)
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid search parameter ${field}: ${issue.message}`)
  }
  return parsed.data
}

export function parseSearchInput(query: unknown): SearchInput {
  const { option, ...rest } = parseQuery(StoreSearchProducts, query)
  const options: SearchInput["options"] = {}
  for (const [name, value] of Object.entries(option ?? {})) {
    if (!(OPTION_FACETS as readonly string[]).includes(name)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Invalid search parameter option[${name}]: unknown option (expected one of ${OPTION_FACETS.join(", ")})`
      )
    }
    const values = (Array.isArray(value) ? value : [value]).map((v) => v.trim()).filter(Boolean)
    if (values.length) options[name as keyof SearchInput["options"]] = values
  }
  if (rest.price_min !== undefined && rest.price_max !== undefined && rest.price_min > rest.price_max) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Invalid search parameter price_min: must not exceed price_max"
    )
  }
  if (rest.price_basis === "gross" && !rest.country_code) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Invalid search parameter country_code: required with price_basis=gross"
    )
  }
  return { ...rest, options }
}
