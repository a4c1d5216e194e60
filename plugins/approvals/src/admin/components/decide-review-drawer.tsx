import { Button, Drawer, Hint, InlineTip, Label, Text, Textarea, toast } from "@medusajs/ui"
import { useEffect, useId, useState, type FormEvent } from "react"
import { useDecideReview } from "../lib/api"
import { errorMessage, formatMoney, orderLabel } from "../lib/format"
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
  const id = useId()
  const open = Boolean(review && decision)
  const [comment, setComment] = useState("")
  const [commentError, setCommentError] = useState<string>()
  const decide = useDecideReview()
  const rejecting = decision === "reject"

  useEffect(() => {
    if (open) {
      setComment("")
      setCommentError(undefined)
    }
  }, [open])

  if (!review || !decision) {
    return null
  }
  const label = `order ${orderLabel(review)}`

  const submit = (event: FormEvent) => {
    event.preventDefault()
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
    <Drawer open={open} onOpenChange={(next) => !next && onClose()}>
      <Drawer.Content>
        <form onSubmit={submit} className="flex h-full flex-col overflow-hidden" noValidate>
          <Drawer.Header>
            <Drawer.Title>
              {rejecting ? "Reject" : "Approve"} {label}
            </Drawer.Title>
            <Drawer.Description className="sr-only">
              {rejecting ? "Reject and cancel this order, with a comment." : "Release this order for fulfilment."}
            </Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
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
            <div className="flex flex-col gap-y-2">
              <Label htmlFor={`${id}-comment`} weight="plus">
                {rejecting ? "Comment" : "Comment (optional)"}
              </Label>
              <Textarea
                id={`${id}-comment`}
                rows={4}
                maxLength={COMMENT_MAX_LENGTH}
                aria-required={rejecting ? "true" : undefined}
                value={comment}
                aria-invalid={commentError ? true : undefined}
                aria-describedby={commentError ? `${id}-comment-error` : undefined}
                onChange={(event) => setComment(event.target.value)}
              />
              {commentError && (
                <Hint id={`${id}-comment-error`} variant="error">
                  {commentError}
                </Hint>
              )}
            </div>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" variant={rejecting ? "danger" : "primary"} type="submit" isLoading={decide.isPending}>
              {rejecting ? "Reject and cancel order" : "Approve order"}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
