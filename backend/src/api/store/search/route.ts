import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { categoryNames, emptyState, searchProductPage } from "../../../lib/search/product-search"
import { authenticateOptionally, hydrateProducts, resolveRegion, taxFactor } from "../../../lib/search/request"
import { sitesForSalesChannels } from "../../../lib/search/site"
import { parseSearchInput } from "./validators"

/**
 * GET /store/search — products of the publishable key's sales channels only, found through the
 * Search Module's `product` index, with facet counts, pagination, typo tolerance and an empty
 * state; prices are the caller's (see hydrateProducts). Bad input is a 400 naming the field.
 */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  const input = parseSearchInput(req.query)
  const salesChannelIds: string[] = req.publishable_key_context?.sales_channel_ids ?? []
  if (!salesChannelIds.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Publishable key needs to have a sales channel configured")
  }
  await authenticateOptionally(req, res)
  const region = await resolveRegion(req, input.region_id)
  const sites = await sitesForSalesChannels(req.scope, salesChannelIds)
  const priceFactor = input.price_basis === "gross" ? await taxFactor(req, input.country_code!) : 1
  const scope = { salesChannelIds, sites, currencyCode: region.currency_code, priceFactor }

  const page = await searchProductPage(req.scope, input, scope)
  const products = await hydrateProducts(req, res, page.ids, {
    regionId: region.id,
    countryCode: input.country_code,
    salesChannelIds,
  })
  const names = await categoryNames(req.scope)

  res.json({
    query: {
      q: input.q ?? "",
      category: input.category ?? [],
      price_min: input.price_min ?? null,
      price_max: input.price_max ?? null,
      in_stock: input.in_stock ?? false,
      options: input.options,
      sort: input.sort ?? "relevance",
      price_basis: input.price_basis,
    },
    region_id: region.id,
    currency_code: region.currency_code,
    hits: products.map((p) => ({
      id: p.id,
      handle: p.handle,
      title: p.title,
      thumbnail: p.thumbnail,
      matched_sku: page.skuMatches[p.id] ?? null,
      variants: (p.variants ?? []).map((v) => ({
        id: v.id,
        title: v.title,
        sku: v.sku,
        calculated_price: v.calculated_price ?? null,
      })),
    })),
    total: page.total,
    page: input.page,
    limit: input.limit,
    pages: Math.ceil(page.total / input.limit),
    facets: {
      ...page.facets,
      category: page.facets.category.map((f) => ({ ...f, label: names.get(f.value) ?? f.value })),
    },
    typo: page.typo,
    empty: page.total === 0 ? await emptyState(req.scope, scope) : null,
  })
}
