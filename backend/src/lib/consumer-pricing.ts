import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { groupPricesApply, withoutCustomerGroups } from "@hybrid/plugin-kit/group-pricing"
import { STOREFRONT_CHANNELS } from "./channels"

type Resolver = Pick<MedusaContainer, "resolve">

const TRADE_CHANNEL = STOREFRONT_CHANNELS.trade.salesChannel

/** Whether a cart's customer groups count for its prices: only for a cart in the Trade channel. */
export function cartGroupPricesApply(container: Resolver, salesChannelId: string | null | undefined) {
  return groupPricesApply(container, [salesChannelId], TRADE_CHANNEL)
}

/** Whether a store request's customer groups count for prices: only when its key includes the Trade channel. */
export function requestGroupPricesApply(req: MedusaRequest) {
  const channels = (req as Partial<MedusaStoreRequest>).publishable_key_context?.sales_channel_ids ?? []
  return groupPricesApply(req.scope, channels, TRADE_CHANNEL)
}

/**
 * The `setPricingContext` result for a cart workflow: no customer groups outside the Trade channel
 * (Medusa merges this over the cart's own context, so the customer's groups are replaced), nothing
 * to add inside it.
 */
export async function cartPricingContext(
  container: Resolver,
  cart: { sales_channel_id?: string | null; customer?: unknown; customer_id?: string | null } | null | undefined
): Promise<Record<string, unknown>> {
  if (!cart || (await cartGroupPricesApply(container, cart.sales_channel_id))) {
    return {}
  }
  const customer =
    (cart.customer as Record<string, unknown> | null | undefined) ??
    (cart.customer_id ? { id: cart.customer_id } : null)
  return customer ? withoutCustomerGroups({ customer }) : {}
}

/** The cart's channel and customer, for hooks that receive only its id. */
export async function cartPricingSubject(container: Resolver, cartId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "sales_channel_id", "customer_id", "customer.id"],
    filters: { id: cartId },
  })
  return data[0] as { sales_channel_id?: string | null; customer_id?: string | null; customer?: unknown } | undefined
}

/**
 * Middleware for every /store route (method-less, so it runs before the routes' own middlewares):
 * when the request's publishable key does not include the Trade channel, whatever later sets
 * `req.pricingContext` (Medusa's `setPricingContext` on the product routes, our search) gets it
 * without the customer's groups. Intercepting the property, rather than editing the context after
 * the fact, holds whatever order the route's own middlewares run in.
 */
export async function consumerPricingContext(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    // Medusa's /store authentication runs before every /store middleware: no actor, no groups to drop.
    const actor = (req as { auth_context?: { actor_id?: string } }).auth_context?.actor_id
    if (
      !actor ||
      !(req as Partial<MedusaStoreRequest>).publishable_key_context ||
      (await requestGroupPricesApply(req))
    ) {
      return next()
    }
    let stored: unknown = (req as { pricingContext?: unknown }).pricingContext
    Object.defineProperty(req, "pricingContext", {
      configurable: true,
      enumerable: true,
      get: () => stored,
      set: (value: unknown) => {
        stored = value && typeof value === "object" ? withoutCustomerGroups(value as { customer?: unknown }) : value
      },
    })
    next()
  } catch (error) {
    next(error)
  }
}
