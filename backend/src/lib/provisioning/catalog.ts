import catalogJson from "../../../data/catalog.json"

/** One price row of the Trade price list: the net amount from `min_quantity` units up. */
export type TradeTierRow = { min_quantity: number; amount: number }

export type CatalogVariant = {
  sku: string
  title: string
  value: string
  weight: number
  stock: number
  /** Consumer (base) prices, net of tax, in major units. */
  prices: { eur: number; usd: number }
  /** Trade price list rows per currency; absent for products not sold to the trade. */
  trade?: { eur: TradeTierRow[]; usd: TradeTierRow[] }
  /** Trade quantity rule (minimum, case size, maximum per cart); absent: any quantity. */
  quantity_rule?: { min_quantity: number; increment: number; max_quantity: number | null }
}

export type CatalogProduct = {
  handle: string
  title: string
  category: string
  channels: ("consumer" | "trade")[]
  description: string
  attributes?: { origin: string; roast: string }
  option: string
  variants: CatalogVariant[]
}

export type CatalogCategory = { handle: string; name: string; description: string }

export type Catalog = { categories: CatalogCategory[]; products: CatalogProduct[] }

/** The demo merchant's catalog (backend/data/catalog.json). */
export const catalog: Catalog = catalogJson as Catalog
