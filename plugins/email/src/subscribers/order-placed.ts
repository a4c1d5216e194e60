import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { INotificationModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { pluginOptions } from "../lib/options"
import { isOnAccount, isTradeOrder, loadOrder, orderConfirmation } from "../lib/order-emails"

const COMPANY_FIELDS_WAIT_MS = 5_000

/**
 * `order.placed` → the order confirmation to the order's email: the consumer one, or for the
 * Trade channel the trade one, on account with PO number, terms and due date. Those company fields
 * are written on the same event by company-accounts (when installed), so a trade order on account
 * waits up to 5 s for them. Sent once per order (idempotency key); a mail-server failure is retried
 * by the provider's outbox and never touches the order.
 */
export default async function orderPlacedEmail({ event, container }: SubscriberArgs<{ id: string }>) {
  const options = pluginOptions(container)
  let order = await loadOrder(container, event.data.id)
  const started = Date.now()
  while (
    order &&
    isTradeOrder(order, options) &&
    isOnAccount(order) &&
    order.metadata?.due_date === undefined &&
    Date.now() - started < COMPANY_FIELDS_WAIT_MS
  ) {
    await new Promise((resolve) => setTimeout(resolve, 250))
    order = await loadOrder(container, event.data.id)
  }
  if (!order?.email) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Order ${event.data.id} has no email: no confirmation`)
    return
  }
  await container
    .resolve<INotificationModuleService>(Modules.NOTIFICATION)
    .createNotifications([orderConfirmation(order, options)])
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "email-order-placed" },
}
