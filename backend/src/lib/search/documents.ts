import { SEARCH_CURRENCIES, type SearchCurrency } from "./constants"
import { storyFingerprint, type StoryText } from "./content"

/** The `query.graph` fields a product document is built from (seed and event consumption). */
export const PRODUCT_SOURCE_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "description",
  "status",
  "thumbnail",
  "created_at",
  "metadata",
  "categories.id",
  "categories.handle",
  "categories.name",
  "sales_channels.id",
  "variants.id",
  "variants.sku",
  "variants.title",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.options.value",
  "variants.options.option.title",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.prices.price_list_id",
  "variants.prices.rules_count",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
]

/** One product as the search index holds it. Prices are list prices (net); viewers' prices are computed per request. */
export type ProductSearchDocument = {
  id: string
  handle: string
  title: string
  description: string
  status: string
  thumbnail: string | null
  created_at: string
  sales_channel_ids: string[]
  category_ids: string[]
  category_handles: string[]
  category_names: string[]
  skus: string[]
  /** Every SKU upper-cased and space-separated: `LIKE '%…%'` answers partial SKU queries. */
  sku_text: string
  origin: string | null
  roast: string | null
  size: string[]
  variant_titles: string[]
  min_price: Partial<Record<SearchCurrency, number>>
  in_stock: boolean
  story_consumer: string | null
  story_trade: string | null
  story_hash: string
}

type Row = Record<string, any>

const text = (value: unknown): string | null => (typeof value === "string" && value.trim() ? value.trim() : null)

function isBasePrice(price: Row): boolean {
  return !price?.price_list_id && !Number(price?.rules_count ?? 0)
}

function variantInStock(variant: Row): boolean {
  if (variant.manage_inventory === false || variant.allow_backorder) return true
  const levels = (variant.inventory_items ?? []).flatMap((link: Row) => link?.inventory?.location_levels ?? [])
  const available = levels.reduce(
    (sum: number, level: Row) => sum + Number(level?.stocked_quantity ?? 0) - Number(level?.reserved_quantity ?? 0),
    0
  )
  return available > 0
}

/** A product row (PRODUCT_SOURCE_FIELDS) and its live story, as a search document. */
export function toProductDocument(product: Row, story: StoryText | undefined): ProductSearchDocument {
  const variants: Row[] = product.variants ?? []
  const categories: Row[] = (product.categories ?? []).filter(Boolean)
  const skus = variants.map((v) => text(v.sku)).filter((s): s is string => !!s)
  const sizes = new Set<string>()
  for (const variant of variants) {
    for (const option of variant.options ?? []) {
      if (option?.option?.title?.toLowerCase() === "size" && text(option.value)) sizes.add(option.value)
    }
  }
  const minPrice: ProductSearchDocument["min_price"] = {}
  for (const currency of SEARCH_CURRENCIES) {
    const amounts = variants
      .flatMap((v) => v.prices ?? [])
      .filter((p: Row) => p?.currency_code === currency && isBasePrice(p))
      .map((p: Row) => Number(p.amount))
      .filter((n: number) => Number.isFinite(n))
    if (amounts.length) minPrice[currency] = Math.min(...amounts)
  }
  const metadata = (product.metadata ?? {}) as Record<string, unknown>
  const createdAt =
    product.created_at instanceof Date ? product.created_at.toISOString() : String(product.created_at ?? "")
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    description: [text(product.subtitle), text(product.description)].filter(Boolean).join(" "),
    status: product.status,
    thumbnail: product.thumbnail ?? null,
    created_at: createdAt,
    sales_channel_ids: (product.sales_channels ?? []).map((c: Row) => c?.id).filter(Boolean),
    category_ids: categories.map((c) => c.id),
    category_handles: categories.map((c) => c.handle).filter(Boolean),
    category_names: categories.map((c) => c.name).filter(Boolean),
    skus,
    sku_text: skus.map((s) => s.toUpperCase()).join(" "),
    origin: text(metadata.origin),
    roast: text(metadata.roast),
    size: [...sizes],
    variant_titles: variants.map((v) => text(v.title)).filter((t): t is string => !!t),
    min_price: minPrice,
    in_stock: variants.some(variantInStock),
    story_consumer: story?.text.consumer ?? null,
    story_trade: story?.text.trade ?? null,
    story_hash: storyFingerprint(story),
  }
}
