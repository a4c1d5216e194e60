import type { MedusaErrorHandlerFunction, MedusaRequest } from "@medusajs/framework/http"
import type { IInventoryService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, Modules } from "@medusajs/framework/utils"
import {
  DATABASE_UNAVAILABLE_CODE,
  INSUFFICIENT_INVENTORY_CODE,
  UNAVAILABLE_RETRY_AFTER_SECONDS,
  RETRY_AFTER_SECONDS,
  TRY_AGAIN_CODE,
  insufficientInventoryMessage,
  insufficientStockOf,
  isDatabaseUnavailable,
  isRetryableContention,
  type ShortLine,
} from "../lib/contention"

const COMPLETE_PATH = /^\/store\/carts\/([^/]+)\/complete\/?$/

type CartLine = {
  id: string
  variant_id?: string | null
  variant_sku?: string | null
  product_title?: string | null
  variant_title?: string | null
  quantity: unknown
  variant?: {
    manage_inventory?: boolean | null
    allow_backorder?: boolean | null
    inventory_items?: { inventory_item_id: string; required_quantity?: unknown }[] | null
  } | null
}

/**
 * The cart's lines that ask for more than is left now (stocked − reserved, per unit of the
 * variant's kit): at `locationId` (the one Medusa named), else at the cart's channel's locations
 * added up (a lock timeout names none).
 */
async function shortLines(scope: MedusaRequest["scope"], cartId: string, locationId?: string): Promise<ShortLine[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "sales_channel_id",
      "items.id",
      "items.variant_id",
      "items.variant_sku",
      "items.product_title",
      "items.variant_title",
      "items.quantity",
      "items.variant.manage_inventory",
      "items.variant.allow_backorder",
      "items.variant.inventory_items.inventory_item_id",
      "items.variant.inventory_items.required_quantity",
    ],
    filters: { id: cartId },
  })
  const cart = data[0] as { sales_channel_id?: string | null; items?: (CartLine | null)[] } | undefined
  const lines = (cart?.items ?? []).filter(
    (line): line is CartLine => !!line?.variant_id && !!line.variant?.manage_inventory && !line.variant.allow_backorder
  )
  const itemIds = [...new Set(lines.flatMap((l) => (l.variant?.inventory_items ?? []).map((i) => i.inventory_item_id)))]
  if (!itemIds.length) return []
  const inventory = scope.resolve<IInventoryService>(Modules.INVENTORY)
  const locationIds = locationId ? [locationId] : await channelLocations(scope, cart?.sales_channel_id)
  const levels = locationIds.length
    ? await inventory.listInventoryLevels({ inventory_item_id: itemIds, location_id: locationIds })
    : []
  const left = new Map<string, number>()
  for (const level of levels) {
    const free = MathBN.convert(level.stocked_quantity).minus(MathBN.convert(level.reserved_quantity)).toNumber()
    left.set(level.inventory_item_id, (left.get(level.inventory_item_id) ?? 0) + free)
  }
  const short: ShortLine[] = []
  for (const line of lines) {
    const quantity = Number(line.quantity)
    // Units of this variant the location can still give: the scarcest item of its kit decides.
    const available = Math.max(
      0,
      Math.min(
        ...(line.variant?.inventory_items ?? []).map((item) =>
          Math.floor((left.get(item.inventory_item_id) ?? 0) / Math.max(1, Number(item.required_quantity ?? 1)))
        )
      )
    )
    if (quantity > available) {
      short.push({
        line_item_id: line.id,
        variant_id: line.variant_id!,
        sku: line.variant_sku ?? null,
        title: [line.product_title, line.variant_title].filter(Boolean).join(" · ") || line.variant_id!,
        quantity,
        available,
      })
    }
  }
  return short
}

async function channelLocations(
  scope: MedusaRequest["scope"],
  channelId: string | null | undefined
): Promise<string[]> {
  if (!channelId) return []
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "sales_channel",
    fields: ["stock_locations.id"],
    filters: { id: channelId },
  })
  return ((data[0] as { stock_locations?: ({ id: string } | null)[] } | undefined)?.stock_locations ?? [])
    .filter((location): location is { id: string } => !!location)
    .map((location) => location.id)
}

type Response = Parameters<MedusaErrorHandlerFunction>[2]

/** An answer that tells the client when to send the same request again. */
function retryLater(
  res: Response,
  status: 409 | 503,
  seconds: number,
  body: { type: string; code: string; message: string }
) {
  res.setHeader("Retry-After", String(seconds))
  res.status(status).json(body)
}

const tryAgain = (res: Response) =>
  retryLater(res, 409, RETRY_AFTER_SECONDS, {
    type: "conflict",
    code: TRY_AGAIN_CODE,
    message: "Another request was changing the same thing at this moment. Nothing was changed: try again.",
  })

const unavailable = (res: Response) =>
  retryLater(res, 503, UNAVAILABLE_RETRY_AFTER_SECONDS, {
    type: "unavailable",
    code: DATABASE_UNAVAILABLE_CODE,
    message: "The shop cannot reach its database at the moment: try again in a few seconds.",
  })

/**
 * Wraps the app's error handler so that losing a race, or a database that is restarting, is an
 * answer the client can act on, never a 500 (see `../lib/contention.ts`):
 *
 * - the database unreachable (down, restarting, out of connections): 503 `database_unavailable`
 *   with `Retry-After: 5`, on every route;
 * - a lock not acquired in time, a serialization failure or a deadlock: 409 `try_again` with
 *   `Retry-After: 1` — nothing was changed, sending the same request again is safe (a completion
 *   that went through in the meantime returns its order);
 * - a cart completion whose reservation does not fit the stock left (another checkout took the
 *   last units): 409 `insufficient_inventory` with `lines` — each short line with what it asks
 *   for and what is left — and a message that names them.
 */
export function contentionAwareErrorHandler(next: MedusaErrorHandlerFunction): MedusaErrorHandlerFunction {
  return function contentionErrorHandler(error, req, res, nextMiddleware) {
    if (res.headersSent) return next(error, req, res, nextMiddleware)
    if (isDatabaseUnavailable(error)) return unavailable(res)
    const retryable = isRetryableContention(error)
    const stock = insufficientStockOf(error)
    const cartId = COMPLETE_PATH.exec(req.path)?.[1]
    if (!cartId) return retryable ? tryAgain(res) : next(error, req, res, nextMiddleware)
    if (!retryable && !stock) return next(error, req, res, nextMiddleware)
    // A completion that lost the race for stock: if the stock is gone by now, say so at once (a
    // retry would only learn it then); otherwise the retry can go through.
    shortLines(req.scope, decodeURIComponent(cartId), stock?.locationId)
      .then((lines) => {
        if (res.headersSent) return
        if (!lines.length) return tryAgain(res)
        res.status(409).json({
          type: "conflict",
          code: INSUFFICIENT_INVENTORY_CODE,
          message: insufficientInventoryMessage(lines),
          lines,
        })
      })
      .catch(() => next(error, req, res, nextMiddleware))
  }
}
