import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRICES_CHANGED_CODE, priceChangeMessage, priceChanges, type BoundaryCart } from "../../../lib/order-boundary"

// What Medusa's error handler writes for every CONFLICT (it replaces the message and the code).
const MEDUSA_CONFLICT_CODE = "invalid_state_error"

const CART_FIELDS = [
  "id",
  "currency_code",
  "completed_at",
  "sales_channel_id",
  "region_id",
  "region.*",
  "customer_id",
  "customer.*",
  "email",
  "locale",
  // The company a trade cart was made for (the kit's CART_COMPANY_KEY): its prices, not those of
  // the company the caller acts for now, are what the guard compared the lines with.
  "metadata",
  "item_total",
  "total",
  "shipping_address.*",
  "items.*",
]

/**
 * On POST /store/carts/:id/complete: Medusa's error handler answers every CONFLICT with a generic
 * idempotency text, which would hide what the "current-prices" checkout guard said. When the
 * completion answers that 409 and the cart's prices changed, the body becomes
 * `{ type: "conflict", code: "cart_prices_changed", message, lines: PriceChange[] }` — the lines
 * with the price they hold and the caller's current price — so a storefront can show old → new and
 * offer "Update prices". Costs nothing on success: the lines are re-derived only for that 409.
 */
export function explainCompletionConflicts(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const json = res.json.bind(res)
  // Read now: Express resets req.params for the error handler that writes the 409.
  const cartId = req.params.id
  res.json = ((body: unknown) => {
    const code = (body as { code?: string } | null)?.code
    if (res.statusCode !== 409 || code !== MEDUSA_CONFLICT_CODE || !cartId) {
      return json(body)
    }
    void (async () => {
      const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "cart", fields: CART_FIELDS, filters: { id: cartId } })
      const cart = data[0] as unknown as BoundaryCart | undefined
      const changes = cart && !cart.completed_at ? await priceChanges(req.scope, cart) : []
      json(
        changes.length
          ? {
              type: "conflict",
              code: PRICES_CHANGED_CODE,
              message: priceChangeMessage(changes, cart!.currency_code),
              lines: changes,
            }
          : body
      )
    })().catch(() => json(body))
    return res
  }) as typeof res.json
  next()
}
