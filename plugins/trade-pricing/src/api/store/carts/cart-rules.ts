import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { keyChannelIds, keyChannelScope, requestedChannelId } from "@hybrid/plugin-kit/channel-scope"
import { tradeAudience } from "../../../lib/context"
import { assertQuantityRules, resultingQuantities } from "../../../lib/enforce"
import { isTradeAccount } from "../../../lib/trade-account"

/**
 * The trade rules on Medusa's cart routes that have no workflow hook to carry them:
 * - `DELETE /store/carts/:id/line-items/:line_id` (deleteLineItemsWorkflow has no hook): the lines
 *   left must keep the quantity rules, summed per variant;
 * - a cart's sales channel stays inside the publishable key's channels (`POST /store/carts`,
 *   `POST /store/carts/:id`: 400 naming `sales_channel_id`), which Medusa checks nowhere;
 * - the Trade sales channel holds only carts of signed-in trade accounts: creating a cart there
 *   (`POST /store/carts` with the trade key or its channel id), moving a cart there
 *   (`POST /store/carts/:id { sales_channel_id }`) and taking one over
 *   (`POST /store/carts/:id/customer`) answer 401 without a signed-in customer and 403 for one
 *   without a trade account. Completion re-checks it (the "trade-channel" checkout guard).
 */

type Resolver = Pick<MedusaContainer, "resolve">

type CartLines = {
  id: string
  sales_channel_id: string | null
  customer_id: string | null
  completed_at: string | Date | null
  items: { id: string; variant_id: string | null; quantity: number }[]
}

async function cartLines(container: Resolver, cartId: string): Promise<CartLines | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "sales_channel_id", "customer_id", "completed_at", "items.id", "items.variant_id", "items.quantity"],
    filters: { id: cartId },
  })
  const cart = data[0] as unknown as CartLines | undefined
  if (!cart) {
    return null
  }
  cart.items = (cart.items ?? []).filter(Boolean).map((item) => ({ ...item, quantity: Number(item.quantity) }))
  return cart
}

const actorOf = (req: MedusaRequest): string | undefined => (req as AuthenticatedMedusaRequest).auth_context?.actor_id

/** A middleware from a check that throws a MedusaError to refuse (Medusa's error handler answers it). */
function refuseWith(check: (req: MedusaRequest) => Promise<void>) {
  return async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      await check(req)
      next()
    } catch (error) {
      next(error)
    }
  }
}

/** DELETE /store/carts/:id/line-items/:line_id: 400 naming the SKU when the lines left break its rule. */
export const lineDeleteKeepsQuantityRules = refuseWith(async (req) => {
  const cart = await cartLines(req.scope, req.params.id)
  const line = cart?.items.find((item) => item.id === req.params.line_id)
  // Unknown cart or line, completed cart: Medusa's route answers as it does today.
  if (!cart || cart.completed_at || !line?.variant_id) {
    return
  }
  const remaining = cart.items
    .filter((item) => item.id !== line.id && item.variant_id === line.variant_id)
    .reduce((sum, item) => sum + item.quantity, 0)
  await assertQuantityRules(req.scope, { sales_channel_id: cart.sales_channel_id, customer_id: cart.customer_id }, [
    { variant_id: line.variant_id, total: remaining, requested: 0 },
  ])
})

const SIGN_IN = "Carts in the Trade sales channel are for signed-in trade accounts: sign in first"
const TRADE_ONLY = "Carts in the Trade sales channel are for trade accounts only"

/** 401 without a signed-in customer, 403 for a customer without a trade account. */
async function assertSignedInTradeAccount(container: Resolver, actorId: string | undefined) {
  if (!actorId) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, SIGN_IN)
  }
  if (!(await isTradeAccount(container, actorId))) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, TRADE_ONLY)
  }
}

/** The channel Medusa will give a new cart: the body's, else the key's only channel, else the store's default. */
async function newCartChannel(req: MedusaRequest): Promise<string | null> {
  const requested = requestedChannelId(req)
  if (requested) {
    return requested
  }
  const keyChannels = keyChannelIds(req)
  if (keyChannels.length === 1) {
    return keyChannels[0]
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "store", fields: ["default_sales_channel_id"] })
  return (data[0]?.default_sales_channel_id as string | null | undefined) ?? null
}

/** POST /store/carts: a cart is created in the Trade channel only for a signed-in trade account. */
export const tradeCartCreation = refuseWith(async (req) => {
  const [{ channelId: trade }, channel] = await Promise.all([tradeAudience(req.scope), newCartChannel(req)])
  if (trade && channel === trade) {
    await assertSignedInTradeAccount(req.scope, actorOf(req))
  }
})

/**
 * POST /store/carts/:id with `sales_channel_id` of the Trade channel: only the cart's own signed-in
 * trade customer moves it there, and its lines must then keep the quantity rules.
 */
export const tradeChannelMove = refuseWith(async (req) => {
  const target = requestedChannelId(req)
  // Most updates (address, email) name no channel: nothing to look up.
  if (!target) {
    return
  }
  const { channelId: trade } = await tradeAudience(req.scope)
  if (!trade || target !== trade) {
    return
  }
  const cart = await cartLines(req.scope, req.params.id)
  if (!cart || cart.sales_channel_id === trade) {
    return
  }
  const actorId = actorOf(req)
  await assertSignedInTradeAccount(req.scope, actorId)
  if (cart.customer_id !== actorId) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      "sales_channel_id: only the cart's own signed-in trade customer may move it into the Trade sales channel"
    )
  }
  await assertQuantityRules(
    req.scope,
    { sales_channel_id: trade, customer_id: cart.customer_id },
    resultingQuantities([], cart.items)
  )
})

/** POST /store/carts/:id/customer on a cart in the Trade channel: the new customer must hold a trade account. */
export const tradeCartTakeover = refuseWith(async (req) => {
  const [{ channelId: trade }, cart] = await Promise.all([
    tradeAudience(req.scope),
    cartLines(req.scope, req.params.id),
  ])
  if (trade && cart?.sales_channel_id === trade) {
    await assertSignedInTradeAccount(req.scope, actorOf(req))
  }
})

/**
 * The trade rules on Medusa's cart routes (wired in ../middlewares.ts). The key's channel scope
 * (the kit's `keyChannelScope`: 400 naming `sales_channel_id` outside the publishable key's
 * channels) runs first, so a channel the key does not cover is refused as such whoever asks.
 */
export const storeCartRuleMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/carts", methods: ["POST"], middlewares: [keyChannelScope, tradeCartCreation] },
  { matcher: "/store/carts/:id", methods: ["POST"], middlewares: [keyChannelScope, tradeChannelMove] },
  { matcher: "/store/carts/:id/customer", methods: ["POST"], middlewares: [tradeCartTakeover] },
  { matcher: "/store/carts/:id/line-items/:line_id", methods: ["DELETE"], middlewares: [lineDeleteKeepsQuantityRules] },
]
