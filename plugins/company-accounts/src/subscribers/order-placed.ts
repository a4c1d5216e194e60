import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { recordCompanyOrderWorkflow } from "../workflows/checkout/workflows/record-company-order"

/** Files every placed order of a company employee under the company (see recordCompanyOrderWorkflow). */
export default async function companyOrderPlacedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  await recordCompanyOrderWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "company-accounts-order-placed" },
}
