import { Field, FormDrawer } from "@hybrid/admin-ui"
import { errorMessage, formatMoney } from "@hybrid/admin-ui/format"
import { InlineTip, Text, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
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
  const [comment, setComment] = useState("")
  const [commentError, setCommentError] = useState<string>()
  const decide = useDecideReview()
  const rejecting = decision === "reject"

  if (!review || !decision) {
    return null
  }
  const label = `order ${orderLabel(review)}`

  const submit = () => {
    const trimmed = comment.trim()
    if (rejecting && !trimmed) {
      setCommentError("A comment is required to reject")
      return
    }
    setCommentError(undefined)
    decide.mutate(
      { id: review.id, decision, comment: trimmed || undefined },
      {
        onSuccess: () => {
          toast.success(rejecting ? `Order ${orderLabel(review)} rejected and canceled` : `Order ${orderLabel(review)} approved`, {
            description: rejecting ? "The order was canceled." : "It can now be fulfilled.",
          })
          onClose()
        },
        onError: (error) =>
          toast.error(rejecting ? "Could not reject the order" : "Could not approve the order", {
            description: errorMessage(error),
          }),
      }
    )
  }

  return (
    <FormDrawer
      open
      onOpenChange={(next) => !next && onClose()}
      onOpen={() => {
        setComment("")
        setCommentError(undefined)
      }}
      title={`${rejecting ? "Reject" : "Approve"} ${label}`}
      description={rejecting ? "Reject and cancel this order, with a comment." : "Release this order for fulfilment."}
      onSubmit={submit}
      submitLabel={rejecting ? "Reject and cancel order" : "Approve order"}
      submitVariant={rejecting ? "danger" : "primary"}
      isSubmitting={decide.isPending}
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
      <Field label={rejecting ? "Comment" : "Comment (optional)"} error={commentError}>
        {(control) => (
          <Textarea
            {...control}
            rows={4}
            maxLength={COMMENT_MAX_LENGTH}
            aria-required={rejecting ? "true" : undefined}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
          />
        )}
      </Field>
    </FormDrawer>
  )
}
