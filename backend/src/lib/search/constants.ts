/** The Search Module index holding one document per product (see src/search/product.ts). */
export const PRODUCT_SEARCH_INDEX = "product"

/** Currencies whose lowest list price each document carries (filters, price buckets, sort). */
export const SEARCH_CURRENCIES = ["eur", "usd"] as const
export type SearchCurrency = (typeof SEARCH_CURRENCIES)[number]

/**
 * The catalog's own facet options (backend/data/catalog.json): origin and roast are product
 * metadata of the coffees, size is the value of the variant option titled "Size".
 */
export const OPTION_FACETS = ["origin", "roast", "size"] as const
export type OptionFacet = (typeof OPTION_FACETS)[number]

/** Price buckets (major units of the region currency) offered as a facet. */
export const PRICE_BUCKETS: { key: string; from?: number; to?: number }[] = [
  { key: "0-15", to: 15 },
  { key: "15-30", from: 15, to: 30 },
  { key: "30-60", from: 30, to: 60 },
  { key: "60-150", from: 60, to: 150 },
  { key: "150+", from: 150 },
]

export const SORTS = ["relevance", "price_asc", "price_desc", "title", "newest"] as const
export type SearchSort = (typeof SORTS)[number]

export const MAX_PAGE_SIZE = 48
export const DEFAULT_PAGE_SIZE = 12
