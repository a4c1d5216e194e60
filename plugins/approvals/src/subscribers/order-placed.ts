import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { recordApprovalOrderWorkflow } from "../workflows/order/workflows/record-approval-order"

/** Marks the cart's approval as ordered and opens a merchant review for large orders. */
export default async function approvalsOrderPlacedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  await recordApprovalOrderWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "approvals-order-placed" },
}
