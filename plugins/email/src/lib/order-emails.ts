import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { emailNotification, type EmailNotification } from "@hybrid/plugin-kit/notifications"
import { EMAIL_TEMPLATES } from "../constants"
import type { ResolvedEmailOptions } from "../types"

/** The order fields the confirmation and shipment emails read. */
export const ORDER_EMAIL_FIELDS = [
  "id",
  "display_id",
  "email",
  "currency_code",
  "total",
  "created_at",
  "metadata",
  "items.title",
  "items.quantity",
  "items.total",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.address_1",
  "shipping_address.postal_code",
  "shipping_address.city",
  "shipping_address.country_code",
  "customer.first_name",
  "customer.has_account",
  "sales_channel.name",
  "payment_collections.payment_sessions.provider_id",
]

export type OrderForEmail = {
  id: string
  display_id?: number | null
  email?: string | null
  currency_code: string
  total?: unknown
  created_at?: Date | string
  metadata?: Record<string, unknown> | null
  items?: { title?: string | null; quantity?: unknown; total?: unknown }[] | null
  shipping_address?: Record<string, unknown> | null
  customer?: { first_name?: string | null; has_account?: boolean | null } | null
  sales_channel?: { name?: string | null } | null
  payment_collections?: { payment_sessions?: { provider_id?: string | null }[] | null }[] | null
}

export async function loadOrder(container: MedusaContainer, id: string): Promise<OrderForEmail | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ORDER_EMAIL_FIELDS, filters: { id } })
  return data[0] as OrderForEmail | undefined
}

export const isTradeOrder = (order: OrderForEmail, options: ResolvedEmailOptions) =>
  order.sales_channel?.name === options.tradeSalesChannelName

/** Paid on account: the company-accounts provider, or the terms company-accounts recorded. */
export function isOnAccount(order: OrderForEmail): boolean {
  const terms = order.metadata?.payment_terms
  if (typeof terms === "string") {
    return terms !== "prepaid"
  }
  return (order.payment_collections ?? []).some((collection) =>
    (collection.payment_sessions ?? []).some((session) => session.provider_id?.includes("on-account"))
  )
}

/** Where the buyer sees the order: the trade order page, the consumer account, or the guest confirmation. */
export function orderUrl(order: OrderForEmail, options: ResolvedEmailOptions): string {
  if (isTradeOrder(order, options)) {
    return `${options.siteUrls.trade.replace(/\/+$/, "")}/orders/${order.id}`
  }
  const site = options.siteUrls.consumer.replace(/\/+$/, "")
  return order.customer?.has_account ? `${site}/account/orders/${order.id}` : `${site}/order/confirmed/${order.id}`
}

function address(order: OrderForEmail): string {
  const a = order.shipping_address ?? {}
  return [
    [a.first_name, a.last_name].filter(Boolean).join(" "),
    a.address_1,
    [a.postal_code, a.city].filter(Boolean).join(" "),
    typeof a.country_code === "string" ? a.country_code.toUpperCase() : "",
  ]
    .filter((part) => typeof part === "string" && part.trim())
    .join(", ")
}

/** The order confirmation: consumer, trade prepaid, or trade on account with PO number and due date. */
export function orderConfirmation(
  order: OrderForEmail,
  options: ResolvedEmailOptions
): EmailNotification & {
  idempotency_key: string
} {
  const trade = isTradeOrder(order, options)
  const onAccount = trade && isOnAccount(order)
  const number = `#${order.display_id ?? order.id}`
  const data = {
    site: trade ? "trade" : "consumer",
    order_id: order.id,
    display_id: order.display_id ?? null,
    first_name: order.customer?.first_name ?? null,
    placed_at: order.created_at ? new Date(order.created_at).toISOString() : null,
    currency_code: order.currency_code,
    total: Number(order.total ?? 0),
    items: (order.items ?? []).map((item) => ({
      title: item.title ?? "",
      quantity: Number(item.quantity ?? 0),
      total: Number(item.total ?? 0),
    })),
    shipping_address: address(order),
    order_url: orderUrl(order, options),
    ...(onAccount
      ? {
          po_number: (order.metadata?.po_number as string | undefined) ?? null,
          payment_terms: (order.metadata?.payment_terms as string | undefined) ?? null,
          due_date: (order.metadata?.due_date as string | undefined) ?? null,
          company_name: (order.metadata?.company_name as string | undefined) ?? null,
        }
      : {}),
  }
  const template = onAccount ? EMAIL_TEMPLATES.orderConfirmationOnAccount : EMAIL_TEMPLATES.orderConfirmation
  return {
    ...emailNotification({
      to: order.email ?? "",
      template,
      resource: { id: order.id, type: "order" },
      subject: `Order ${number} confirmed`,
      text: `Thank you for your order ${number}. View it at ${data.order_url}.`,
      data,
    }),
    idempotency_key: `${template}:${order.id}`,
  }
}
