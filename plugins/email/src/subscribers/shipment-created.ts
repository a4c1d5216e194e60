import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { INotificationModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, FulfillmentWorkflowEvents, Modules } from "@medusajs/framework/utils"
import { emailNotification } from "@hybrid/plugin-kit/notifications"
import { EMAIL_TEMPLATES } from "../constants"
import { pluginOptions } from "../lib/options"
import { isTradeOrder, loadOrder, orderUrl } from "../lib/order-emails"

type Fulfillment = {
  id: string
  labels?: { tracking_number?: string | null; tracking_url?: string | null }[] | null
  order?: { id: string } | null
}

/**
 * `shipment.created` (a fulfillment marked shipped in the admin) → "your order is on its way" to
 * the order's email, with each label's tracking number and link, in the order's site's look.
 * Skipped when the admin chose "no notification".
 */
export default async function shipmentEmail({
  event,
  container,
}: SubscriberArgs<{ id: string; no_notification?: boolean }>) {
  if (event.data.no_notification) {
    return
  }
  const options = pluginOptions(container)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "fulfillment",
    fields: ["id", "labels.tracking_number", "labels.tracking_url", "order.id"],
    filters: { id: event.data.id },
  })
  const fulfillment = data[0] as Fulfillment | undefined
  const order = fulfillment?.order?.id ? await loadOrder(container, fulfillment.order.id) : undefined
  if (!fulfillment || !order?.email) {
    return
  }
  const tracking = (fulfillment.labels ?? [])
    .filter((label) => label.tracking_number || label.tracking_url)
    .map((label) => ({ number: label.tracking_number ?? "", url: label.tracking_url ?? "" }))
  const number = `#${order.display_id ?? order.id}`
  const trackingUrl = tracking.find((label) => /^https?:\/\//.test(label.url))?.url ?? null
  await container.resolve<INotificationModuleService>(Modules.NOTIFICATION).createNotifications([
    {
      ...emailNotification({
        to: order.email,
        template: EMAIL_TEMPLATES.orderShipped,
        resource: { id: fulfillment.id, type: "fulfillment" },
        subject: `Your order ${number} is on its way`,
        text: `We have shipped order ${number}.${tracking.length ? ` Tracking: ${tracking.map((t) => [t.number, t.url].filter(Boolean).join(" ")).join(", ")}.` : ""}`,
        data: {
          site: isTradeOrder(order, options) ? "trade" : "consumer",
          order_id: order.id,
          display_id: order.display_id ?? null,
          first_name: order.customer?.first_name ?? null,
          tracking,
          tracking_url: trackingUrl,
          order_url: orderUrl(order, options),
        },
      }),
      idempotency_key: `${EMAIL_TEMPLATES.orderShipped}:${fulfillment.id}`,
    },
  ])
}

export const config: SubscriberConfig = {
  event: FulfillmentWorkflowEvents.SHIPMENT_CREATED,
  context: { subscriberId: "email-shipment-created" },
}
