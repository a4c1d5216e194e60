import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * A publishable key scopes a storefront to its sales channels. Medusa checks that scope on the
 * product and search routes, but not when a cart is created or updated with a `sales_channel_id`
 * (the check it has for cart creation only collects its error and never answers it), so a cart made
 * with one site's key could be moved into another site's channel. These helpers close that.
 */

/** The sales channel ids of the request's publishable key (empty outside /store or without a key). */
export function keyChannelIds(req: MedusaRequest): string[] {
  return (req as Partial<MedusaStoreRequest>).publishable_key_context?.sales_channel_ids ?? []
}

/** The `sales_channel_id` the request body asks for, when it is a string; undefined otherwise. */
export function requestedChannelId(req: MedusaRequest): string | undefined {
  const body = (req.validatedBody ?? req.body) as { sales_channel_id?: unknown } | undefined
  return typeof body?.sales_channel_id === "string" ? body.sales_channel_id : undefined
}

/**
 * The 400 for a `sales_channel_id` outside the key's channels, or null when it is inside (or when the
 * key has no channel, which Medusa treats as "every channel", or no key is sent).
 */
export function channelScopeError(req: MedusaRequest, channelId: string | undefined): MedusaError | null {
  const allowed = keyChannelIds(req)
  if (!channelId || !allowed.length || allowed.includes(channelId)) {
    return null
  }
  return new MedusaError(
    MedusaError.Types.INVALID_DATA,
    `sales_channel_id: ${channelId} is not a sales channel of this publishable key (allowed: ${allowed.join(", ")})`
  )
}

/**
 * Middleware for the store routes that set a cart's sales channel (`POST /store/carts`,
 * `POST /store/carts/:id`): answers 400 naming `sales_channel_id` when the body asks for a channel
 * outside the publishable key's channels.
 *
 * @example { matcher: "/store/carts/:id", methods: ["POST"], middlewares: [keyChannelScope] }
 */
export function keyChannelScope(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const error = channelScopeError(req, requestedChannelId(req))
  next(error ?? undefined)
}
