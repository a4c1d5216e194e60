/** Module name (container key) of the trade-pricing module. */
export const TRADE_PRICING_MODULE = "tradePricing"

/** The package name the backend lists in `plugins: [{ resolve }]`. */
export const PLUGIN_NAME = "@hybrid/trade-pricing"

/** Status of a price list CSV import. `pending` and `running` imports hold their list's import slot. */
export const IMPORT_STATUSES = ["pending", "running", "done", "failed"] as const
export type ImportStatus = (typeof IMPORT_STATUSES)[number]

/** Header of the price list CSV, in this order (export writes it, import requires these columns). */
export const PRICE_CSV_COLUMNS = ["sku", "currency", "amount", "min_quantity"] as const

/** Rows the import writes per database round trip; progress advances per chunk. */
export const IMPORT_CHUNK_SIZE = 1000

/** Most lines one bulk add may carry. */
export const MAX_BULK_LINES = 500
