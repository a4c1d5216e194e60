import { ReasonDrawer } from "@hybrid/admin-ui"
import { formatMoney } from "@hybrid/admin-ui/format"
import { InlineTip, Text } from "@medusajs/ui"
import { useDecideReview } from "../lib/api"
import { orderLabel } from "../lib/format"
import type { MerchantReview } from "../lib/types"

const COMMENT_MAX_LENGTH = 1000

export type Decision = "approve" | "reject"

/**
 * Approves (optional comment) or rejects (comment required) a merchant review. Rejecting cancels the
 * order, which releases the company's credit, so the drawer says so before the merchant confirms.
 */
export const DecideReviewDrawer = ({
  review,
  decision,
  onClose,
}: {
  review: MerchantReview | null
  decision: Decision | null
  onClose: () => void
}) => {
  const decide = useDecideReview()

  if (!review || !decision) {
    return null
  }
  const rejecting = decision === "reject"
  const label = `order ${orderLabel(review)}`

  return (
    <ReasonDrawer
      open
      onOpenChange={(next) => !next && onClose()}
      title={`${rejecting ? "Reject" : "Approve"} ${label}`}
      description={rejecting ? "Reject and cancel this order, with a comment." : "Release this order for fulfilment."}
      label={rejecting ? "Comment" : "Comment (optional)"}
      required={rejecting}
      requiredMessage="A comment is required to reject"
      maxLength={COMMENT_MAX_LENGTH}
      rows={4}
      onSubmit={(comment) => decide.mutateAsync({ id: review.id, decision, comment: comment || undefined })}
      success={rejecting ? `Order ${orderLabel(review)} rejected and canceled` : `Order ${orderLabel(review)} approved`}
      successDescription={rejecting ? "The order was canceled." : "It can now be fulfilled."}
      failure={rejecting ? "Could not reject the order" : "Could not approve the order"}
      submitLabel={rejecting ? "Reject and cancel order" : "Approve order"}
      submitVariant={rejecting ? "danger" : "primary"}
    >
      <Text size="small" className="text-ui-fg-subtle">
        {review.company_name ?? "A customer"} · {formatMoney(review.amount, review.currency_code)}
      </Text>
      {rejecting ? (
        <InlineTip label="Rejecting cancels the order" variant="warning">
          The order is canceled: it cannot be fulfilled, its payment is released and, for an order on account, the
          company's credit is freed. This cannot be undone.
        </InlineTip>
      ) : (
        <Text size="small">Once approved, the order can be fulfilled.</Text>
      )}
    </ReasonDrawer>
  )
}
