/**
 * What a request that lost a race was told, made into answers a client can act on. Under
 * contention (many checkouts for the last units, a lock held by another request) Medusa's own
 * errors surface as a 500 `unknown_error` (a plain "Timed-out acquiring lock." from the in-memory
 * and PostgreSQL locking providers, a serialization failure or deadlock from PostgreSQL) or as a
 * 400 naming an internal inventory item id. Here they become:
 *
 * - 409 `try_again` with `Retry-After`: the request did nothing and may simply be sent again;
 * - 409 `insufficient_inventory`: the stock is not there (any more) for a line of the cart; the
 *   body names each such line, what it asks for and what is left (see `../api/contention.ts`).
 */

/** The 409 body's `code` when the request lost a race and changed nothing: send it again. */
export const TRY_AGAIN_CODE = "try_again"
/** The 409 body's `code` when a cart line asks for more than is left in stock. */
export const INSUFFICIENT_INVENTORY_CODE = "insufficient_inventory"
/** Seconds a client waits before trying again (the `Retry-After` header). */
export const RETRY_AFTER_SECONDS = 1

// PostgreSQL: serialization_failure, deadlock_detected, lock_not_available.
const RETRYABLE_SQLSTATES = new Set(["40001", "40P01", "55P03"])

type ErrorLike = { name?: string; message?: string; code?: unknown; type?: unknown; cause?: unknown }

function chain(error: unknown): ErrorLike[] {
  const errors: ErrorLike[] = []
  let current: unknown = error
  for (let depth = 0; depth < 4 && current && typeof current === "object"; depth++) {
    errors.push(current as ErrorLike)
    current = (current as ErrorLike).cause
  }
  return errors
}

/**
 * True for an error that means "another request held what this one needed; nothing was changed":
 * a lock not acquired in time (every Medusa locking provider says "Timed-out acquiring lock."),
 * a PostgreSQL serialization failure, deadlock or lock timeout.
 */
export function isRetryableContention(error: unknown): boolean {
  return chain(error).some(
    (e) => e.message === "Timed-out acquiring lock." || (typeof e.code === "string" && RETRYABLE_SQLSTATES.has(e.code))
  )
}

const NOT_ENOUGH_STOCK = /^Not enough stock available for item (\S+) at location (\S+)$/

/** The inventory item and location Medusa's inventory module names when a reservation does not fit. */
export function insufficientStockOf(error: unknown): { inventoryItemId: string; locationId: string } | undefined {
  for (const e of chain(error)) {
    const match = NOT_ENOUGH_STOCK.exec(e.message ?? "")
    if (match) return { inventoryItemId: match[1], locationId: match[2] }
  }
  return undefined
}

/** A cart line that asks for more than its stock location has left. */
export type ShortLine = {
  line_item_id: string
  variant_id: string
  sku: string | null
  title: string
  /** Units the line asks for. */
  quantity: number
  /** Units left to sell at the location the order would ship from (never below 0). */
  available: number
}

/** "Sold out: Filter paper (FP-100) — 1 wanted, none left; …" */
export function insufficientInventoryMessage(lines: ShortLine[]): string {
  const parts = lines.map((line) => {
    const name = line.sku ? `${line.title} (${line.sku})` : line.title
    const left = line.available > 0 ? `only ${line.available} left` : "none left"
    return `${name}: ${line.quantity} wanted, ${left}`
  })
  const soldOut = lines.every((line) => line.available <= 0)
  return `${soldOut ? "Sold out" : "Not enough stock"}: ${parts.join("; ")}. Change the quantity or remove the line, then place the order again.`
}
