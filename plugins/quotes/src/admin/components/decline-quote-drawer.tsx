import { ReasonDrawer, type DrawerProps } from "@hybrid/admin-ui"
import { Text } from "@medusajs/ui"
import { useDeclineQuote } from "../lib/quotes"
import type { Quote } from "../lib/types"

const REASON_MAX_LENGTH = 2000

/** Declines a quote with a reason the requester is told (POST /admin/quotes/:id/decline). */
export const DeclineQuoteDrawer = ({ quote, ...drawer }: DrawerProps & { quote: Quote }) => {
  const decline = useDeclineQuote()
  return (
    <ReasonDrawer
      {...drawer}
      title={`Decline quote #${quote.display_id}`}
      description="Give the reason this quote is declined."
      maxLength={REASON_MAX_LENGTH}
      onSubmit={(reason) => decline.mutateAsync({ id: quote.id, body: { reason } })}
      success={`Quote #${quote.display_id} declined`}
      successDescription="The requester has been notified."
      failure="Could not decline the quote"
      submitLabel="Decline quote"
      submitVariant="danger"
    >
      <Text size="small" className="text-ui-fg-subtle">
        {quote.company_name ?? "The company"} is told the reason. A declined quote is closed: it cannot be offered or
        accepted any more.
      </Text>
    </ReasonDrawer>
  )
}
