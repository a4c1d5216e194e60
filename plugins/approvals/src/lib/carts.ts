import type { MedusaContainer } from "@medusajs/framework/types"
import { cartCompanyId } from "@hybrid/plugin-kit/company-context"
import { conflict } from "@hybrid/plugin-kit/http-errors"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import type { ApprovalItem } from "./serialize"
import { contentHash, decimalString, goodsValue, type Amount } from "./rules"

type Resolver = Pick<MedusaContainer, "resolve">

/** A cart line as the plugin reads it (query.graph or completeCartWorkflow's cart). */
export type CartLine = {
  variant_id: string | null
  title?: string | null
  product_title?: string | null
  variant_title?: string | null
  variant_sku?: string | null
  quantity: number | string
  unit_price: Amount
}

export type ApprovalCart = {
  id: string
  customer_id: string | null
  completed_at: Date | string | null
  currency_code: string
  metadata?: Record<string, unknown> | null
  item_subtotal?: Amount | null
  items?: (CartLine | null)[] | null
}

/** Fields the approval routes read of a cart. */
export const APPROVAL_CART_FIELDS = [
  "id",
  "customer_id",
  "completed_at",
  "currency_code",
  "metadata",
  "item_subtotal",
  "items.id",
  "items.variant_id",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.variant_sku",
  "items.quantity",
  "items.unit_price",
]

/**
 * The customer's own open cart with its lines and goods value, or 404: another customer's cart, a
 * completed cart and an unknown id answer alike. With `companyId` (the company the caller acts
 * for): a cart that belongs to another of their companies answers 409 naming cart_id — one
 * company's cart is never submitted to, or decided by, another company's approvals.
 */
export async function ownOpenCartOr404(
  scope: Resolver,
  cartId: string,
  customerId: string,
  companyId?: string
): Promise<ApprovalCart> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: APPROVAL_CART_FIELDS, filters: { id: cartId } })
  const cart = data[0] as ApprovalCart | undefined
  if (!cart || cart.customer_id !== customerId || cart.completed_at) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart id not found: ${cartId}`)
  }
  const owner = cartCompanyId(cart)
  if (companyId && owner && owner !== companyId) {
    throw conflict(`cart_id: cart ${cartId} belongs to another of your companies; switch to that company to use it`)
  }
  return cart
}

const linesOf = (cart: Pick<ApprovalCart, "items">): CartLine[] =>
  (cart.items ?? []).filter((line): line is CartLine => !!line)

/** The content hash of a cart (see rules.ts contentHash). */
export function cartHash(cart: Pick<ApprovalCart, "currency_code" | "items">): string {
  return contentHash(cart.currency_code, linesOf(cart))
}

/** The cart's net goods value (item_subtotal). */
export function cartAmount(cart: Pick<ApprovalCart, "item_subtotal" | "items">): number {
  return goodsValue({ item_subtotal: cart.item_subtotal, items: linesOf(cart) })
}

/** The lines of a cart as an approval request keeps them. */
export function cartSnapshot(cart: Pick<ApprovalCart, "items">): ApprovalItem[] {
  return linesOf(cart).map((line) => {
    const quantity = Number(decimalString(line.quantity))
    const unitPrice = Number(decimalString(line.unit_price))
    return {
      variant_id: line.variant_id,
      title: line.product_title ?? line.title ?? "",
      variant_title: line.variant_title ?? null,
      sku: line.variant_sku ?? null,
      quantity,
      unit_price: unitPrice,
      subtotal: Number(MathBN.mult(line.unit_price, line.quantity).toFixed()),
    }
  })
}
