import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { releaseOrderCommitmentWorkflow } from "../workflows/checkout/workflows/release-order-commitment"

/** A canceled company order no longer counts against spending limits or the credit line. */
export default async function companyOrderCanceledHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  await releaseOrderCommitmentWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: "order.canceled",
  context: { subscriberId: "company-accounts-order-canceled" },
}
