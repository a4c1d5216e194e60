import { Button, Drawer, Hint, Label, Text, Textarea, toast } from "@medusajs/ui"
import { useEffect, useId, useState, type FormEvent } from "react"
import { errorMessage } from "../lib/format"
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
  const id = useId()
  const [reason, setReason] = useState("")
  const [reasonError, setReasonError] = useState<string>()
  const decline = useDeclineQuote()

  useEffect(() => {
    if (open) {
      setReason("")
      setReasonError(undefined)
    }
  }, [open])

  const submit = (event: FormEvent) => {
    event.preventDefault()
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
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <form onSubmit={submit} className="flex h-full flex-col overflow-hidden" noValidate>
          <Drawer.Header>
            <Drawer.Title>Decline quote #{quote.display_id}</Drawer.Title>
            <Drawer.Description className="sr-only">Give the reason this quote is declined.</Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            <Text size="small" className="text-ui-fg-subtle">
              {quote.company_name ?? "The company"} is told the reason. A declined quote is closed: it cannot be
              offered or accepted any more.
            </Text>
            <div className="flex flex-col gap-y-2">
              <Label htmlFor={`${id}-reason`} weight="plus">
                Reason
              </Label>
              <Textarea
                id={`${id}-reason`}
                rows={5}
                maxLength={REASON_MAX_LENGTH}
                aria-required="true"
                value={reason}
                aria-invalid={reasonError ? true : undefined}
                aria-describedby={reasonError ? `${id}-reason-error` : undefined}
                onChange={(event) => setReason(event.target.value)}
              />
              {reasonError && (
                <Hint id={`${id}-reason-error`} variant="error">
                  {reasonError}
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
            <Button size="small" variant="danger" type="submit" isLoading={decline.isPending}>
              Decline quote
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
