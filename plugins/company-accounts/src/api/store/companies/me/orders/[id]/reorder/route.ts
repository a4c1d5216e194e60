import type { AuthenticatedMedusaRequest, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { sellableStock, stillAvailable, stockProblem, stockShortfalls } from "@hybrid/plugin-kit/stock"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { defaultStoreCartFields } from "@medusajs/medusa/api/store/carts/query-config"
import { companyContext } from "@hybrid/plugin-kit/company-context"
import { reorderIntoCartWorkflow } from "../../../../../../../workflows/checkout/workflows/reorder-into-cart"
import { withHttpErrors } from "@hybrid/plugin-kit/http-errors"
import { companyCartOr409 } from "../../../carts/helpers"
import { companyOrderOr404 } from "../../helpers"
import type { StoreReorderType } from "../../validators"

type ReorderLine = {
  variant_id: string
  sku: string | null
  title: string
  /** Units the order had, asked for again. */
  quantity: number
  /** How many more the cart can take now (0: sold out, or the cart holds all there is). */
  available: number
  problem: string
}

/**
 * The order's lines that the cart (`cartId`, or a new cart in the order's sales channel) cannot
 * take now because the channel cannot sell that many: what the cart holds plus the order's
 * quantity, per variant, against Medusa's sellable stock (managed, no backorders).
 */
async function reorderShortfalls(
  scope: MedusaRequest["scope"],
  orderId: string,
  cartId?: string
): Promise<ReorderLine[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: orders }, carts] = await Promise.all([
    query.graph({
      entity: "order",
      fields: [
        "sales_channel_id",
        "items.variant_id",
        "items.variant_sku",
        "items.product_title",
        "items.variant_title",
        "items.detail.quantity",
      ],
      filters: { id: orderId },
    }),
    cartId
      ? query.graph({
          entity: "cart",
          fields: ["sales_channel_id", "items.variant_id", "items.quantity"],
          filters: { id: cartId },
        })
      : Promise.resolve({ data: [] as unknown[] }),
  ])
  type Item = {
    variant_id?: string | null
    variant_sku?: string | null
    product_title?: string | null
    variant_title?: string | null
    quantity?: unknown
    detail?: { quantity?: unknown } | null
  }
  const order = orders[0] as { sales_channel_id?: string | null; items?: (Item | null)[] } | undefined
  const cart = carts.data[0] as { sales_channel_id?: string | null; items?: (Item | null)[] } | undefined
  const asked = new Map<string, number>()
  const about = new Map<string, Item>()
  for (const item of order?.items ?? []) {
    if (!item?.variant_id) continue
    const quantity = MathBN.convert((item.detail?.quantity ?? item.quantity ?? 0) as number).toNumber()
    asked.set(item.variant_id, (asked.get(item.variant_id) ?? 0) + quantity)
    about.set(item.variant_id, item)
  }
  const held = new Map<string, number>()
  for (const item of cart?.items ?? []) {
    if (item?.variant_id) held.set(item.variant_id, (held.get(item.variant_id) ?? 0) + Number(item.quantity))
  }
  const sellable = await sellableStock(scope, [...asked.keys()], cart?.sales_channel_id ?? order?.sales_channel_id)
  return stockShortfalls(asked, held, sellable).map((shortfall) => {
    const item = about.get(shortfall.variant_id)!
    return {
      variant_id: shortfall.variant_id,
      sku: item.variant_sku ?? null,
      title: [item.product_title, item.variant_title].filter(Boolean).join(" · ") || shortfall.variant_id,
      quantity: shortfall.asked,
      available: stillAvailable(shortfall),
      problem: stockProblem(shortfall),
    }
  })
}

/**
 * Puts the order's items into the caller's cart (`cart_id`, a cart of the company they act for:
 * another company's cart is 409) or a new cart of the company, in one request. When the stock
 * the channel can sell does not cover a line (with what the cart holds), nothing is added: 409
 * `insufficient_inventory` naming each such line and how many more the cart can take.
 */
export const POST = withHttpErrors(async (req: AuthenticatedMedusaRequest<StoreReorderType>, res: MedusaResponse) => {
  const context = companyContext(req)
  const customerId = req.auth_context.actor_id
  const order = await companyOrderOr404(req.scope, context, req.params.id)
  const cartId = req.validatedBody.cart_id
  if (cartId) {
    await companyCartOr409(req.scope, cartId, customerId, context.company.id)
  }
  const short = await reorderShortfalls(req.scope, order.id, cartId)
  if (short.length) {
    res.status(409).json({
      type: "conflict",
      code: "insufficient_inventory",
      message: `Not enough stock to order again: ${short.map((l) => `${l.title}${l.sku ? ` (${l.sku})` : ""}: ${l.problem}`).join("; ")}. Nothing was added to the cart.`,
      lines: short.map(({ problem: _problem, ...line }) => line),
    })
    return
  }
  const { result } = await reorderIntoCartWorkflow(req.scope).run({
    input: { order_id: order.id, customer_id: customerId, cart_id: cartId, company_id: context.company.id },
  })
  const cart = await refetchCart(result.cart_id, req.scope, defaultStoreCartFields)
  res.json({ cart })
})
