import type { MedusaContainer } from "@medusajs/framework/types"
import { approvalModule } from "./approval-module"
import { formatMoney } from "./rules"
import type { MerchantReviewRecord } from "./serialize"

/**
 * Why an order may not be fulfilled yet, or null: its merchant review is pending (awaiting the
 * merchant's decision) or rejected (the order was refused).
 */
export async function fulfilmentBlock(
  container: Pick<MedusaContainer, "resolve">,
  orderId: string
): Promise<string | null> {
  const [review] = (await approvalModule(container).listMerchantReviews(
    { order_id: orderId, status: ["pending", "rejected"] },
    { take: 1 }
  )) as unknown as MerchantReviewRecord[]
  if (!review) {
    return null
  }
  const order = review.order_display_id ? `Order #${review.order_display_id}` : `Order ${review.order_id}`
  const value = formatMoney(review.amount, review.currency_code)
  return review.status === "pending"
    ? `${order} (${value}) awaits merchant review ${review.id}: approve the review before fulfilling it.`
    : `${order} (${value}) was rejected in merchant review ${review.id} and cannot be fulfilled.`
}
