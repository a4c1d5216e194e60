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

/** The 503 body's `code` while the database cannot be reached: the client may try again shortly. */
export const DATABASE_UNAVAILABLE_CODE = "database_unavailable"
/** Seconds a client waits before trying again while the database is unreachable. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5

// Socket errors of the driver, PostgreSQL's connection_exception class (08…), a server shutting
// down or starting up (57P01–57P03), too many connections (53300).
const UNREACHABLE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EAI_AGAIN", "ENOTFOUND"])
const UNAVAILABLE_SQLSTATES = /^(08\w{3}|57P0[123]|53300)$/
// MikroORM puts the failed statement in front of the driver's message ("select … - Connection
// terminated unexpectedly"), so a message may only end with these.
const UNREACHABLE_MESSAGES = [
  /(^|- )connect (ECONNREFUSED|ETIMEDOUT|EHOSTUNREACH)\b/,
  /(^|- )Connection terminated( unexpectedly)?$/,
  /Timeout acquiring a connection/,
  /(^|- )terminating connection due to administrator command$/,
  /(^|- )the database system is (starting up|shutting down|in recovery mode)$/,
  /Client has encountered a connection error and is not queryable/,
]

/**
 * True for an error that means "the database cannot be reached right now" (restarting, down,
 * unreachable, out of connections), however Medusa or the ORM wrapped it: the answer is 503 with
 * `Retry-After`, not a 500, and the next request after the database is back goes through (the
 * connection pool reconnects by itself).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  return chain(error).some(
    (e) =>
      (typeof e.code === "string" && (UNREACHABLE_CODES.has(e.code) || UNAVAILABLE_SQLSTATES.test(e.code))) ||
      e.name === "ConnectionException" ||
      UNREACHABLE_MESSAGES.some((pattern) => pattern.test(e.message ?? ""))
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
