import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { cartCompanyId } from "@hybrid/plugin-kit/company-context"
import {
  foreignCompanyGroupIds,
  groupPricesApply,
  withoutCustomerGroups,
  withoutGroupIds,
} from "@hybrid/plugin-kit/group-pricing"
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

type PricingSubject = {
  id?: string
  sales_channel_id?: string | null
  customer?: unknown
  customer_id?: string | null
  metadata?: Record<string, unknown> | null
}

/**
 * The `setPricingContext` result for a cart workflow (Medusa merges it over the cart's own
 * context, so a `customer` here replaces the cart's):
 * - outside the Trade channel: no customer groups (one identity);
 * - inside it: the customer's groups without those of their OTHER companies — a person in two
 *   companies is in both companies' groups and Medusa takes the best price of all, so a cart is
 *   priced with its own company's group only (`metadata.company_id`; a cart not yet stamped: the
 *   company the person acts for). Nothing to add for a person of one company or none.
 */
export async function cartPricingContext(
  container: Resolver,
  cart: PricingSubject | null | undefined
): Promise<Record<string, unknown>> {
  if (!cart) {
    return {}
  }
  const customerId = cart.customer_id ?? (cart.customer as { id?: string } | null | undefined)?.id ?? null
  if (await cartGroupPricesApply(container, cart.sales_channel_id)) {
    const foreign = await foreignCompanyGroupIds(container, customerId, cartCompanyId(cart) ?? undefined)
    if (!foreign.length) {
      return {}
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "customer",
      fields: ["id", "groups.id"],
      filters: { id: customerId as string },
    })
    const customer = {
      ...((cart.customer as Record<string, unknown> | null) ?? {}),
      ...(data[0] ?? { id: customerId }),
    }
    return withoutGroupIds({ customer }, foreign)
  }
  const customer =
    (cart.customer as Record<string, unknown> | null | undefined) ??
    (cart.customer_id ? { id: cart.customer_id } : null)
  return customer ? withoutCustomerGroups({ customer }) : {}
}

/** The cart's channel, customer and company stamp, for hooks that receive only its id. */
export async function cartPricingSubject(container: Resolver, cartId: string): Promise<PricingSubject | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "sales_channel_id", "customer_id", "customer.id", "metadata"],
    filters: { id: cartId },
  })
  return data[0] as PricingSubject | undefined
}

/**
 * Middleware for every /store route (method-less, so it runs before the routes' own middlewares):
 * when the request's publishable key does not include the Trade channel, whatever later sets
 * `req.pricingContext` (Medusa's `setPricingContext` on the product routes, our search) gets it
 * without the customer's groups; when it does, without the groups of the signed-in person's other
 * companies (only the company they act for prices). Intercepting the property, rather than editing the context after
 * the fact, holds whatever order the route's own middlewares run in.
 */
export async function consumerPricingContext(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    // Medusa's /store authentication runs before every /store middleware: no actor, no groups to drop.
    const actor = (req as { auth_context?: { actor_id?: string } }).auth_context?.actor_id
    if (!actor || !(req as Partial<MedusaStoreRequest>).publishable_key_context) {
      return next()
    }
    let strip: (context: { customer?: unknown }) => unknown
    if (await requestGroupPricesApply(req)) {
      // Trade channel: only the company the person acts for counts among their company groups.
      const foreign = await foreignCompanyGroupIds(req.scope, actor)
      if (!foreign.length) {
        return next()
      }
      strip = (context) => withoutGroupIds(context, foreign)
    } else {
      strip = withoutCustomerGroups
    }
    let stored: unknown = (req as { pricingContext?: unknown }).pricingContext
    Object.defineProperty(req, "pricingContext", {
      configurable: true,
      enumerable: true,
      get: () => stored,
      set: (value: unknown) => {
        stored = value && typeof value === "object" ? strip(value as { customer?: unknown }) : value
      },
    })
    next()
  } catch (error) {
    next(error)
  }
}
