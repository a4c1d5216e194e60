import type { BigNumberInput } from "@medusajs/framework/types"
import { cartCompanyId } from "@hybrid/plugin-kit/company-context"
import { conflict } from "@hybrid/plugin-kit/http-errors"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CreateQuoteData, CreateQuoteLineData } from "./create-quote"

export type ValidateQuoteCartInput = {
  cart_id: string
  customer_id: string
  company: { id: string; currency_code: string }
}

export type QuoteCart = Omit<CreateQuoteData, "company_id" | "employee_id" | "message"> & {
  lines: CreateQuoteLineData[]
}

/** A cart line as CART_FIELDS reads it. */
type SourceItem = {
  id: string
  variant_id: string | null
  product_id: string | null
  product_title: string | null
  title: string
  variant_title: string | null
  variant_sku: string | null
  thumbnail: string | null
  quantity: BigNumberInput
  unit_price: BigNumberInput
  created_at: Date | string
}

/** The cart as CART_FIELDS reads it. */
type SourceCart = {
  id: string
  customer_id: string | null
  completed_at: Date | string | null
  currency_code: string
  region_id: string
  sales_channel_id: string | null
  metadata: Record<string, unknown> | null
  customer?: { email: string; first_name: string | null; last_name: string | null } | null
  items?: (SourceItem | null)[] | null
}

const CART_FIELDS = [
  "id",
  "customer_id",
  "completed_at",
  "currency_code",
  "region_id",
  "sales_channel_id",
  "metadata",
  "customer.email",
  "customer.first_name",
  "customer.last_name",
  "items.id",
  "items.variant_id",
  "items.product_id",
  "items.product_title",
  "items.title",
  "items.variant_title",
  "items.variant_sku",
  "items.thumbnail",
  "items.quantity",
  "items.unit_price",
  "items.created_at",
]

/**
 * The cart a quote is requested from: the caller's own open cart (404 otherwise, like an unknown
 * id), not empty, in the company's currency, and not itself a quote's accept cart (400 naming
 * cart_id); a cart of another of the caller's companies is 409 naming cart_id. Returns the quote's data: requester, region, channel and the lines (requested = offered
 * = the cart's quantity and unit price). Reads only.
 */
export const validateQuoteCartStep = createStep(
  "validate-quote-cart",
  async (input: ValidateQuoteCartInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "cart", fields: CART_FIELDS, filters: { id: input.cart_id } })
    const cart: SourceCart | undefined = data[0]
    if (!cart || cart.customer_id !== input.customer_id || cart.completed_at) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart id not found: ${input.cart_id}`)
    }
    const owner = cartCompanyId(cart)
    if (owner && owner !== input.company.id) {
      // One company's cart (priced with its contract) never becomes another company's quote.
      throw conflict(
        `cart_id: cart ${input.cart_id} belongs to another of your companies; switch to that company to use it`
      )
    }
    if (cart.metadata?.quote_id) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `cart_id: this cart was created from a quote; request a quote from a new cart`
      )
    }
    const items = (cart.items ?? []).filter((i): i is SourceItem & { variant_id: string } => !!i?.variant_id)
    if (!items.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `cart_id: the cart is empty; add the products you want a quote for`
      )
    }
    if (String(cart.currency_code).toLowerCase() !== input.company.currency_code.toLowerCase()) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `cart_id: the cart is in ${String(cart.currency_code).toUpperCase()}, your company buys in ${input.company.currency_code.toUpperCase()}`
      )
    }
    const name = [cart.customer?.first_name, cart.customer?.last_name].filter(Boolean).join(" ") || cart.customer?.email
    const lines: CreateQuoteLineData[] = items
      .sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
      .map((item) => {
        const quantity = MathBN.convert(item.quantity).toNumber()
        const unitPrice = MathBN.convert(item.unit_price).toNumber()
        return {
          variant_id: item.variant_id,
          product_id: item.product_id ?? null,
          title: item.product_title ?? item.title,
          variant_title: item.variant_title ?? null,
          sku: item.variant_sku ?? null,
          thumbnail: item.thumbnail ?? null,
          requested_quantity: quantity,
          requested_unit_price: unitPrice,
          quantity,
          unit_price: unitPrice,
        }
      })
    const result: QuoteCart = {
      customer_id: input.customer_id,
      requester_name: name ?? input.customer_id,
      requester_email: cart.customer?.email ?? "",
      cart_id: cart.id,
      region_id: cart.region_id,
      sales_channel_id: cart.sales_channel_id ?? null,
      currency_code: String(cart.currency_code).toLowerCase(),
      lines,
    }
    return new StepResponse(result)
  }
)
