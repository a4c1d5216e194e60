import type { MedusaRequest } from "@medusajs/framework/http"

/**
 * Every store route that can change what a cart orders — its lines, prices, promotions or customer —
 * and so must answer 409 while the cart awaits approval (`cartLock`). This is the one list: Medusa's
 * own cart routes and the other plugins' routes alike, named by their public HTTP contract (method,
 * path, where the request carries the cart id), so this plugin needs none of their code.
 *
 * Left open on purpose (they do not change the content hash the approver saw): delivery
 * (`…/shipping-methods`, trade details), payment (`/store/payment-collections…`), taxes, the
 * approval routes themselves, and completion (refused by the "approvals" checkout guard instead).
 * `integration-tests/http/cart-lock-routes.spec.ts` scans every store route and fails for a route
 * that touches carts and is in neither this list nor its list of open routes.
 */
export type LockedCartRoute = {
  method: "POST" | "DELETE"
  /** Express path, as in `defineMiddlewares`. */
  matcher: string
  /** What the route changes (documentation, and the test's report). */
  changes: string
  /** The cart the request would change; undefined when it names none (e.g. reorder into a new cart). */
  cartId(req: MedusaRequest): string | undefined
}

const pathId = (req: MedusaRequest): string | undefined => req.params?.id
const bodyCartId = (req: MedusaRequest): string | undefined => {
  const body = (req.validatedBody ?? req.body) as { cart_id?: unknown } | undefined
  return typeof body?.cart_id === "string" ? body.cart_id : undefined
}

export const LOCKED_CART_ROUTES: readonly LockedCartRoute[] = [
  // Medusa's cart routes.
  { method: "POST", matcher: "/store/carts/:id", changes: "region, channel, addresses, promo codes", cartId: pathId },
  { method: "POST", matcher: "/store/carts/:id/line-items", changes: "adds a line", cartId: pathId },
  { method: "POST", matcher: "/store/carts/:id/line-items/:line_id", changes: "a line's quantity", cartId: pathId },
  { method: "DELETE", matcher: "/store/carts/:id/line-items/:line_id", changes: "removes a line", cartId: pathId },
  { method: "POST", matcher: "/store/carts/:id/promotions", changes: "adds promotions", cartId: pathId },
  { method: "DELETE", matcher: "/store/carts/:id/promotions", changes: "removes promotions", cartId: pathId },
  { method: "POST", matcher: "/store/carts/:id/customer", changes: "the cart's customer", cartId: pathId },
  // trade-pricing: bulk add (quick order, CSV) and re-pricing the lines at today's prices.
  { method: "POST", matcher: "/store/carts/:id/line-items/bulk", changes: "adds lines", cartId: pathId },
  { method: "POST", matcher: "/store/carts/:id/refresh-prices", changes: "re-prices the lines", cartId: pathId },
  // company-accounts: reorder into an existing cart ({ cart_id }); without cart_id it makes a new cart.
  {
    method: "POST",
    matcher: "/store/companies/me/orders/:id/reorder",
    changes: "adds a past order's lines",
    cartId: bodyCartId,
  },
]
