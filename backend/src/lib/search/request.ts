import {
  authenticate,
  type MedusaRequest,
  type MedusaResponse,
  type MedusaStoreRequest,
} from "@medusajs/framework/http"
import type { HttpTypes } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, QueryContext } from "@medusajs/framework/utils"
import { setPricingContext, setTaxContext } from "@medusajs/medusa/api/utils/middlewares/index"
import { type RequestWithContext, wrapProductsWithTaxPrices } from "@medusajs/medusa/api/store/products/helpers"

type Middleware = (req: MedusaRequest, res: MedusaResponse, next: (error?: unknown) => void) => unknown

function run(middleware: Middleware, req: MedusaRequest, res: MedusaResponse): Promise<void> {
  return new Promise((resolve, reject) => {
    Promise.resolve(middleware(req, res, (error?: unknown) => (error ? reject(error) : resolve()))).catch(reject)
  })
}

/** A signed-in customer's bearer token or session makes `auth_context` available; guests pass. */
export async function authenticateOptionally(req: MedusaRequest, res: MedusaResponse) {
  await run(authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }) as Middleware, req, res)
}

/** The region prices are calculated for: the one asked for, or the store's default. Unknown -> 400 naming region_id. */
export async function resolveRegion(
  req: MedusaRequest,
  regionId?: string
): Promise<{ id: string; currency_code: string }> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  if (!regionId) {
    const { data: stores } = await query.graph({ entity: "store", fields: ["default_region_id"] })
    regionId = stores[0]?.default_region_id ?? undefined
  }
  const { data } = regionId
    ? await query.graph({ entity: "region", fields: ["id", "currency_code"], filters: { id: regionId } })
    : { data: [] }
  if (!data[0]) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Invalid search parameter region_id: no region ${regionId ?? "(none given and no default)"}`
    )
  }
  return data[0]
}

/** A product of a result page as HIT_FIELDS reads it, its variants priced for the caller. */
export type SearchHitProduct = HttpTypes.StoreProduct & { sales_channels?: ({ id: string } | null)[] | null }

const HIT_FIELDS = [
  "id",
  "handle",
  "title",
  "thumbnail",
  "sales_channels.id",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.calculated_price.*",
]

/**
 * The products of a result page with the caller's prices, exactly as GET /store/products prices
 * them: Medusa's own pricing-context middleware (region, and the signed-in customer's groups, so a
 * trade buyer gets the trade price list and nobody else does) and tax wrapping (country_code).
 * Products no longer in the key's channels are dropped, whatever the index still says.
 */
export async function hydrateProducts(
  req: MedusaStoreRequest,
  res: MedusaResponse,
  ids: string[],
  context: { regionId: string; countryCode?: string; salesChannelIds: string[] }
): Promise<SearchHitProduct[]> {
  if (!ids.length) return []
  // Medusa's middlewares read and write these request fields (the tax context is not on MedusaRequest).
  const r: RequestWithContext<unknown> = req
  r.queryConfig = { ...r.queryConfig, fields: [...HIT_FIELDS] }
  r.filterableFields = {
    region_id: context.regionId,
    ...(context.countryCode ? { country_code: context.countryCode } : {}),
  }
  await run(setPricingContext() as Middleware, req, res)
  await run(setTaxContext() as Middleware, req, res)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: rows } = await query.graph({
    entity: "product",
    fields: HIT_FIELDS,
    filters: { id: ids, status: "published" },
    context: r.pricingContext ? { variants: { calculated_price: QueryContext(r.pricingContext) } } : {},
  })
  // Rows are untyped for `tsc` and typed by the generated types in `medusa build`; both fit this shape.
  const data = rows as unknown as SearchHitProduct[]
  await wrapProductsWithTaxPrices(r, data)
  const allowed = new Set(context.salesChannelIds)
  const byId = new Map(
    data.filter((p) => (p.sales_channels ?? []).some((c) => c && allowed.has(c.id))).map((p) => [p.id, p])
  )
  return ids.map((id) => byId.get(id)).filter((p): p is SearchHitProduct => !!p)
}

/**
 * 1 + the default tax rate of the country (region-independent, as Medusa's tax regions are per
 * country), for showing list prices tax-inclusive; 1 when the country has no rate.
 */
export async function taxFactor(req: MedusaRequest, countryCode: string): Promise<number> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data,
  }: {
    data: { province_code: string | null; tax_rates?: ({ rate: number | null; is_default: boolean } | null)[] | null }[]
  } = await query.graph({
    entity: "tax_region",
    fields: ["province_code", "tax_rates.rate", "tax_rates.is_default"],
    filters: { country_code: countryCode },
  })
  const country = data.find((r) => !r.province_code)
  const rate = country?.tax_rates?.find((t) => t?.is_default)?.rate
  return typeof rate === "number" ? 1 + rate / 100 : 1
}
