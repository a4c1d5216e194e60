import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { settleCapturedPaymentWorkflow } from "../workflows/checkout/workflows/settle-captured-payment"

/** Capturing an on-account order's payment (from any admin screen) settles its commitment. */
export default async function companyPaymentCapturedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  await settleCapturedPaymentWorkflow(container).run({ input: { payment_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: "payment.captured",
  context: { subscriberId: "company-accounts-payment-captured" },
}
