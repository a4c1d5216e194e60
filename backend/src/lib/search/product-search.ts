import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { StorefrontChannel } from "../channels"
import {
  OPTION_FACETS,
  PRICE_BUCKETS,
  PRODUCT_SEARCH_INDEX,
  SEARCH_CURRENCIES,
  type OptionFacet,
  type SearchCurrency,
} from "./constants"
import { didYouMean } from "./typo"

/** What a caller asks for, already validated (see api/store/search/validators.ts). */
export type ProductSearchInput = {
  q?: string
  category?: string[]
  price_min?: number
  price_max?: number
  in_stock?: boolean
  options: Partial<Record<OptionFacet, string[]>>
  sort?: "relevance" | "price_asc" | "price_desc" | "title" | "newest"
  page: number
  limit: number
}

export type ProductSearchScope = {
  /** The publishable key's sales channels: nothing outside them is ever searched. */
  salesChannelIds: string[]
  sites: Set<StorefrontChannel>
  currencyCode: string
  /**
   * Factor from the indexed net list price to the prices the caller shows (1 + tax rate for a
   * tax-inclusive site, 1 for net): price filters and bucket bounds are in the caller's terms.
   */
  priceFactor?: number
}

export type FacetValue = { value: string; count: number }

export type ProductSearchPage = {
  /** Product ids of the page, best first. */
  ids: string[]
  /** Matched SKU per product id, for products found by SKU (trade). */
  skuMatches: Record<string, string>
  total: number
  facets: {
    category: FacetValue[]
    price: { key: string; from: number | null; to: number | null; count: number }[]
    availability: FacetValue[]
    options: Record<OptionFacet, FacetValue[]>
  }
  /** Set when the exact search found nothing and similar spellings were searched instead. */
  typo: { corrected: boolean; did_you_mean: string | null }
}

type SearchModule = {
  searchMany(queries: Record<string, unknown>[]): Promise<SearchResult[]>
}
type SearchResult = {
  hits: { id: string; document: Record<string, any> }[]
  facets?: Record<string, any>
  metadata: { count: number | null }
}

const SEARCHED_FIELDS = ["title", "description", "category_names", "skus", "origin", "roast", "variant_titles"]

function searchModule(scope: MedusaContainer): SearchModule {
  return scope.resolve(Modules.SEARCH) as unknown as SearchModule
}

function priceField(currency: string): string {
  const known = (SEARCH_CURRENCIES as readonly string[]).includes(currency)
  return `min_price.${known ? currency : "eur"}`
}

/** The index filters for the caller's site and the chosen facets. `q` is not a filter. */
export function buildFilters(input: ProductSearchInput, scope: ProductSearchScope): Record<string, unknown> {
  const filters: Record<string, unknown> = {
    status: "published",
    sales_channel_ids: scope.salesChannelIds,
  }
  if (input.category?.length) filters.category_handles = input.category
  for (const option of OPTION_FACETS) {
    const values = input.options[option]
    if (values?.length) filters[option] = values
  }
  if (input.in_stock) filters.in_stock = true
  if (input.price_min !== undefined || input.price_max !== undefined) {
    const factor = scope.priceFactor ?? 1
    filters[priceField(scope.currencyCode)] = {
      ...(input.price_min !== undefined ? { $gte: input.price_min / factor - 0.005 } : {}),
      ...(input.price_max !== undefined ? { $lte: input.price_max / factor + 0.005 } : {}),
    }
  }
  return filters
}

export function buildFacets(currencyCode: string, priceFactor = 1) {
  const net = (bound?: number) => (bound === undefined ? undefined : bound / priceFactor)
  return [
    { field: "category_handles", type: "value", limit: 50 },
    { field: "in_stock", type: "value", limit: 2 },
    ...OPTION_FACETS.map((field) => ({ field, type: "value", limit: 50 })),
    {
      field: priceField(currencyCode),
      type: "range",
      ranges: PRICE_BUCKETS.map((b) => ({ key: b.key, from: net(b.from), to: net(b.to) })),
    },
  ]
}

export function buildOrder(
  input: ProductSearchInput,
  currencyCode: string
): Record<string, "ASC" | "DESC"> | undefined {
  switch (input.sort) {
    case "price_asc":
      return { [priceField(currencyCode)]: "ASC", title: "ASC" }
    case "price_desc":
      return { [priceField(currencyCode)]: "DESC", title: "ASC" }
    case "title":
      return { title: "ASC" }
    case "newest":
      return { created_at: "DESC", title: "ASC" }
    default:
      // Relevance when there is a query; a stable alphabetical list when there is none.
      return input.q ? { _score: "DESC", title: "ASC" } : { title: "ASC" }
  }
}

function searchedFields(sites: Set<StorefrontChannel>): string[] {
  return [...SEARCHED_FIELDS, ...[...sites].map((site) => `story_${site}`)]
}

/** `%` and `_` in what the buyer typed are literal characters, not wildcards. */
function likePattern(q: string): string {
  return `%${q
    .trim()
    .toUpperCase()
    .replace(/\s+/g, "-")
    .replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

function emptyFacets(): ProductSearchPage["facets"] {
  return {
    category: [],
    price: PRICE_BUCKETS.map((b) => ({ key: b.key, from: b.from ?? null, to: b.to ?? null, count: 0 })),
    availability: [],
    options: { origin: [], roast: [], size: [] },
  }
}

function addValues(into: FacetValue[], facet: any) {
  for (const { value, count } of facet?.values ?? []) {
    const existing = into.find((v) => v.value === value)
    if (existing) existing.count += count
    else into.push({ value, count })
  }
  into.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
}

function mergeFacets(into: ProductSearchPage["facets"], result: SearchResult, currencyCode: string) {
  const facets = result.facets ?? {}
  addValues(into.category, facets.category_handles)
  addValues(into.availability, facets.in_stock)
  for (const option of OPTION_FACETS) addValues(into.options[option], facets[option])
  for (const range of facets[priceField(currencyCode)]?.ranges ?? []) {
    const bucket = into.price.find((b) => b.key === range.key)
    if (bucket) bucket.count += range.count
  }
}

/**
 * One page of products for the caller's site: SKU matches first on the trade site (exact, then
 * partial), then full-text matches; when neither finds anything, the same search with typo
 * tolerance (pg_trgm similarity) and a "did you mean" built from what it found. Facet counts are
 * disjunctive: each facet's counts ignore the facet's own selection.
 */
export async function searchProductPage(
  container: MedusaContainer,
  input: ProductSearchInput,
  scope: ProductSearchScope
): Promise<ProductSearchPage> {
  const search = searchModule(container)
  const filters = buildFilters(input, scope)
  const facets = buildFacets(scope.currencyCode, scope.priceFactor)
  const order = buildOrder(input, scope.currencyCode)
  const q = input.q?.trim() || undefined
  const skip = (input.page - 1) * input.limit
  const result: ProductSearchPage = {
    ids: [],
    skuMatches: {},
    total: 0,
    facets: emptyFacets(),
    typo: { corrected: false, did_you_mean: null },
  }

  // Trade buyers search by SKU: exact and partial SKU matches rank before anything else.
  let skuIds: string[] = []
  if (q && q.length >= 3 && scope.sites.has("trade")) {
    const [bySku] = await search.searchMany([
      {
        entity: PRODUCT_SEARCH_INDEX,
        fields: ["id", "skus"],
        filters: { ...filters, sku_text: { $like: likePattern(q) } },
        pagination: { skip: 0, take: 100, order: { title: "ASC" } },
        search_options: { facets, disjunctive_facets: true },
      },
    ])
    const wanted = q.toUpperCase().replace(/\s+/g, "-")
    const ranked = bySku.hits
      .map((hit) => {
        const skus: string[] = hit.document.skus ?? []
        const exact = skus.find((s) => s.toUpperCase() === wanted)
        return {
          id: hit.id,
          exact: !!exact,
          sku: exact ?? skus.find((s) => s.toUpperCase().includes(wanted)) ?? skus[0],
        }
      })
      .sort((a, b) => Number(b.exact) - Number(a.exact))
    skuIds = ranked.map((r) => r.id)
    for (const r of ranked) result.skuMatches[r.id] = r.sku
    if (skuIds.length) mergeFacets(result.facets, bySku, scope.currencyCode)
  }

  const pageSkuIds = skuIds.slice(skip, skip + input.limit)
  const textQuery = (q: string | undefined, typo: boolean) => ({
    entity: PRODUCT_SEARCH_INDEX,
    fields: ["id", "title", "origin", "category_names"],
    filters: {
      ...(q ? { q } : {}),
      ...filters,
      ...(skuIds.length ? { id: { $nin: skuIds } } : {}),
    },
    pagination: {
      skip: Math.max(0, skip - skuIds.length),
      take: input.limit - pageSkuIds.length,
      order,
    },
    search_options: {
      facets,
      disjunctive_facets: true,
      ...(q ? { attributes_to_search_on: searchedFields(scope.sites), typo_tolerance: typo } : {}),
    },
  })

  let [text] = await search.searchMany([textQuery(q, false)])
  if (q && !skuIds.length && !text.metadata.count) {
    // Nothing spelled like that: search similar spellings (pg_trgm), then, when the words found
    // suggest a spelling, answer for that spelling, which ranks by field weights again.
    const fuzzy = (await search.searchMany([{ ...textQuery(q, true), pagination: { skip: 0, take: 50 } }]))[0]
    if (fuzzy.metadata.count) {
      const vocabulary = fuzzy.hits.flatMap((hit) => [
        hit.document.title ?? "",
        hit.document.origin ?? "",
        ...(hit.document.category_names ?? []),
      ])
      const suggestion = didYouMean(q, vocabulary)
      const corrected = suggestion ? (await search.searchMany([textQuery(suggestion, false)]))[0] : undefined
      text = corrected?.metadata.count ? corrected : (await search.searchMany([textQuery(q, true)]))[0]
      result.typo = { corrected: true, did_you_mean: suggestion }
    }
  }
  mergeFacets(result.facets, text, scope.currencyCode)
  result.ids = [...pageSkuIds, ...text.hits.map((hit) => hit.id)]
  result.total = skuIds.length + (text.metadata.count ?? 0)
  return result
}

/** What an empty result offers instead: the site's categories by size and a few things to try. */
export async function emptyState(container: MedusaContainer, scope: ProductSearchScope) {
  const [all] = await searchModule(container).searchMany([
    {
      entity: PRODUCT_SEARCH_INDEX,
      fields: ["id"],
      filters: { status: "published", sales_channel_ids: scope.salesChannelIds },
      pagination: { skip: 0, take: 0 },
      search_options: {
        facets: [
          { field: "category_handles", type: "value", limit: 6 },
          { field: "origin", type: "value", limit: 5 },
        ],
      },
    },
  ])
  const categories = await categoryNames(container)
  return {
    popular_categories: (all.facets?.category_handles?.values ?? []).map((v: FacetValue) => ({
      handle: v.value,
      name: categories.get(v.value) ?? v.value,
      count: v.count,
    })),
    suggestions: (all.facets?.origin?.values ?? []).map((v: FacetValue) => v.value),
  }
}

let categoryCache: { at: number; names: Promise<Map<string, string>> } | null = null

/** Category names by handle (cached for a minute: facet labels, not data that must be fresh). */
export function categoryNames(container: MedusaContainer): Promise<Map<string, string>> {
  if (!categoryCache || Date.now() - categoryCache.at > 60_000) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const names = query
      .graph({
        entity: "product_category",
        fields: ["handle", "name"],
        filters: { is_active: true, is_internal: false },
      })
      .then(({ data }) => new Map((data as { handle: string; name: string }[]).map((c) => [c.handle, c.name])))
    names.catch(() => (categoryCache = null))
    categoryCache = { at: Date.now(), names }
  }
  return categoryCache.names
}

export type { SearchCurrency }

export type Suggestion = { handle: string; title: string; thumbnail: string | null; sku: string | null }

/**
 * Typeahead: products whose words start with what was typed (the last word as a prefix), SKUs on
 * the trade site, and the site's categories whose name matches. Reads only the index (no prices),
 * so it stays cheap enough to call on every keystroke.
 */
export async function suggest(
  container: MedusaContainer,
  q: string,
  limit: number,
  scope: Omit<ProductSearchScope, "currencyCode">
) {
  const search = searchModule(container)
  const base = { status: "published", sales_channel_ids: scope.salesChannelIds }
  const fields = ["id", "handle", "title", "thumbnail", "skus", "category_handles"]
  const queries: Record<string, unknown>[] = [
    {
      entity: PRODUCT_SEARCH_INDEX,
      fields,
      filters: { q, ...base },
      pagination: { skip: 0, take: limit, order: { _score: "DESC", title: "ASC" } },
      search_options: {
        match_strategy: "last",
        attributes_to_search_on: ["title", "category_names", "origin", "roast", "skus"],
        facets: [{ field: "category_handles", type: "value", limit: 10 }],
      },
    },
  ]
  if (scope.sites.has("trade") && q.trim().length >= 2) {
    queries.push({
      entity: PRODUCT_SEARCH_INDEX,
      fields,
      filters: { ...base, sku_text: { $like: likePattern(q) } },
      pagination: { skip: 0, take: limit, order: { title: "ASC" } },
    })
  }
  let [words, skus] = await search.searchMany(queries)
  if (!words.metadata.count && !skus?.hits.length) {
    ;[words] = await search.searchMany([
      {
        ...queries[0],
        search_options: { ...(queries[0].search_options as object), match_strategy: "all", typo_tolerance: true },
      },
    ])
  }
  const wanted = q.trim().toUpperCase().replace(/\s+/g, "-")
  const seen = new Set<string>()
  const products: Suggestion[] = []
  for (const hit of [...(skus?.hits ?? []), ...words.hits]) {
    if (seen.has(hit.id) || products.length >= limit) continue
    seen.add(hit.id)
    const sku = hit.document.skus?.find((s: string) => s.toUpperCase().includes(wanted)) ?? null
    products.push({
      handle: hit.document.handle,
      title: hit.document.title,
      thumbnail: hit.document.thumbnail ?? null,
      sku,
    })
  }
  const names = await categoryNames(container)
  // The categories the matching products are in, most matches first.
  const categories = (words.facets?.category_handles?.values ?? [])
    .map((v: FacetValue) => ({ handle: v.value, name: names.get(v.value) ?? v.value, count: v.count }))
    .slice(0, 3)
  return { products, categories }
}
