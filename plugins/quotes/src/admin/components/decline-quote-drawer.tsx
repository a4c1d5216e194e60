import { Field, FormDrawer } from "@hybrid/admin-ui"
import { errorMessage } from "@hybrid/admin-ui/format"
import { Text, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { useDeclineQuote } from "../lib/quotes"
import type { Quote } from "../lib/types"

const REASON_MAX_LENGTH = 2000

/** Declines a quote with a reason the requester is told (POST /admin/quotes/:id/decline). */
export const DeclineQuoteDrawer = ({
  quote,
  open,
  onOpenChange,
}: {
  quote: Quote
  open: boolean
  onOpenChange: (open: boolean) => void
}) => {
  const [reason, setReason] = useState("")
  const [reasonError, setReasonError] = useState<string>()
  const decline = useDeclineQuote()

  const submit = () => {
    const trimmed = reason.trim()
    if (!trimmed) {
      setReasonError("Reason is required")
      return
    }
    decline.mutate(
      { id: quote.id, body: { reason: trimmed } },
      {
        onSuccess: () => {
          toast.success(`Quote #${quote.display_id} declined`, { description: "The requester has been notified." })
          onOpenChange(false)
        },
        onError: (error) => toast.error("Could not decline the quote", { description: errorMessage(error) }),
      }
    )
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      onOpen={() => {
        setReason("")
        setReasonError(undefined)
      }}
      title={`Decline quote #${quote.display_id}`}
      description="Give the reason this quote is declined."
      onSubmit={submit}
      submitLabel="Decline quote"
      submitVariant="danger"
      isSubmitting={decline.isPending}
    >
      <Text size="small" className="text-ui-fg-subtle">
        {quote.company_name ?? "The company"} is told the reason. A declined quote is closed: it cannot be offered or
        accepted any more.
      </Text>
      <Field label="Reason" error={reasonError}>
        {(control) => (
          <Textarea
            {...control}
            rows={5}
            maxLength={REASON_MAX_LENGTH}
            aria-required="true"
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        )}
      </Field>
    </FormDrawer>
  )
}
