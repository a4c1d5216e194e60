import { Button, Container, Heading, InlineTip, Skeleton, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link, useParams, type UIMatch } from "react-router-dom"
import { QuoteStatusBadge } from "../../../components/badges"
import { ContractPricesDrawer } from "../../../components/contract-prices-drawer"
import { DeclineQuoteDrawer } from "../../../components/decline-quote-drawer"
import { QuoteHistory } from "../../../components/history"
import { OfferEditor } from "../../../components/offer-editor"
import { OfferLines } from "../../../components/offer-lines"
import { Fields, Section } from "../../../components/section"
import { QuoteThread } from "../../../components/thread"
import { errorMessage, formatDate, formatDateTime } from "../../../lib/format"
import { isNegotiable } from "../../../lib/offer"
import { useQuote } from "../../../lib/quotes"
import type { Quote } from "../../../lib/types"

/** "Quote #12" in the breadcrumb, read from the same query the page uses (one request for both). */
const QuoteBreadcrumb = ({ id }: { id?: string }) => {
  const { data } = useQuote(id)
  return <span>{data ? `Quote #${data.quote.display_id}` : "Quote"}</span>
}

export const handle = {
  breadcrumb: (match: UIMatch) => <QuoteBreadcrumb id={match.params.id} />,
}

/** One quote: header and status, the negotiation editor (or the final offer), messages, details and history. */
const QuoteDetailPage = () => {
  const { id } = useParams()
  const { data, isLoading, isError, error } = useQuote(id)
  const [drawer, setDrawer] = useState<"decline" | "contract" | null>(null)
  const quote = data?.quote

  if (isError && !quote) {
    return (
      <Container className="px-6 py-8" role="alert">
        <Heading level="h1">Quote not found</Heading>
        <Text size="small" className="text-ui-fg-subtle mt-2">
          {errorMessage(error)}
        </Text>
        <Button size="small" variant="secondary" className="mt-4" asChild>
          <Link to="/quotes">Back to quotes</Link>
        </Button>
      </Container>
    )
  }

  if (isLoading || !quote) {
    return (
      <Container className="flex flex-col gap-y-3 px-6 py-4" aria-busy="true">
        <Skeleton className="h-7 w-64" />
        <Skeleton className="h-4 w-96" />
      </Container>
    )
  }

  return (
    <div className="flex flex-col gap-y-3 xl:flex-row xl:items-start xl:gap-x-4">
      <div className="flex w-full min-w-0 flex-col gap-y-3">
        <QuoteHeader
          quote={quote}
          onDecline={() => setDrawer("decline")}
          onCreateContract={() => setDrawer("contract")}
        />
        {isNegotiable(quote) ? (
          // Keyed on the version: once an offer is sent the editor restarts from what the server stored.
          <OfferEditor key={`${quote.id}:${quote.version}:${quote.status}`} quote={quote} onDecline={() => setDrawer("decline")} />
        ) : (
          <OfferLines quote={quote} />
        )}
        <QuoteThread quote={quote} />
      </div>
      <div className="flex w-full flex-col gap-y-3 xl:max-w-[400px]">
        <DetailsSection quote={quote} />
        <QuoteHistory history={quote.history ?? []} />
      </div>
      <DeclineQuoteDrawer quote={quote} open={drawer === "decline"} onOpenChange={(open) => setDrawer(open ? "decline" : null)} />
      <ContractPricesDrawer quote={quote} open={drawer === "contract"} onOpenChange={(open) => setDrawer(open ? "contract" : null)} />
    </div>
  )
}

/** The reason given with the latest event that moved the quote into `status`, if any. */
function reasonFor(quote: Quote, status: string): string | null {
  const event = [...(quote.history ?? [])]
    .filter((e) => e.to_status === status)
    .sort((a, b) => b.created_at.localeCompare(a.created_at))[0]
  const reason = event?.data?.reason
  return typeof reason === "string" && reason ? reason : null
}

const QuoteHeader = ({
  quote,
  onDecline,
  onCreateContract,
}: {
  quote: Quote
  onDecline: () => void
  onCreateContract: () => void
}) => (
  <Container className="divide-y p-0">
    <div className="flex flex-col gap-4 px-6 py-4 md:flex-row md:items-start md:justify-between">
      <div className="flex flex-col gap-y-1">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <Heading level="h1">Quote #{quote.display_id}</Heading>
          <QuoteStatusBadge status={quote.status} />
        </div>
        <Text size="small" className="text-ui-fg-subtle">
          {quote.company_name ?? "Unknown company"} · requested by{" "}
          {quote.requested_by.name || quote.requested_by.email || "—"} on {formatDate(quote.created_at)}
          {quote.expires_at ? ` · ${quote.status === "expired" ? "expired" : "expires"} ${formatDate(quote.expires_at)}` : ""}
          {quote.version > 0 ? ` · version ${quote.version}` : ""}
        </Text>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        {quote.order_id && (
          <Button size="small" variant="secondary" asChild>
            <Link to={`/orders/${quote.order_id}`}>View order</Link>
          </Button>
        )}
        {quote.contract_price_list_id && (
          <Button size="small" variant="transparent" asChild>
            <Link to={`/price-lists/${quote.contract_price_list_id}`}>Contract prices</Link>
          </Button>
        )}
        {isNegotiable(quote) && (
          <Button size="small" variant="secondary" onClick={onDecline}>
            Decline
          </Button>
        )}
        {quote.status === "accepted" && !quote.contract_price_list_id && (
          <Button size="small" onClick={onCreateContract}>
            Create contract prices
          </Button>
        )}
      </div>
    </div>
    {quote.status === "requested" && (
      <div className="px-6 py-4">
        <InlineTip label="Waiting for your offer" variant="info">
          The buyer asked for a quote. Send a counter-offer (the request's prices are the starting point) or decline it.
        </InlineTip>
      </div>
    )}
    {quote.status === "sent" && (
      <div className="px-6 py-4">
        <InlineTip label="Offer sent" variant="info">
          The buyer can accept the offer until {formatDateTime(quote.expires_at)}. Sending a new version replaces it.
        </InlineTip>
      </div>
    )}
    {quote.status === "expired" && (
      <div className="px-6 py-4">
        <InlineTip label="Expired" variant="warning">
          The offer expired on {formatDateTime(quote.expires_at)}: the buyer can no longer accept it. Send it again with a
          new expiry date to renew it.
        </InlineTip>
      </div>
    )}
    {quote.status === "accepted" && (
      <div className="px-6 py-4">
        <InlineTip label="Accepted" variant="success">
          The buyer accepted the offer and the order was placed at the quoted prices.
        </InlineTip>
      </div>
    )}
    {quote.status === "rejected" && (
      <div className="px-6 py-4">
        <InlineTip label="Rejected by the buyer" variant="error">
          {reasonFor(quote, "rejected") ?? "No reason given."}
        </InlineTip>
      </div>
    )}
    {quote.status === "declined" && (
      <div className="px-6 py-4">
        <InlineTip label="Declined" variant="error">
          {reasonFor(quote, "declined") ?? "No reason given."}
        </InlineTip>
      </div>
    )}
  </Container>
)

const DetailsSection = ({ quote }: { quote: Quote }) => (
  <Section title="Details">
    <Fields
      rows={[
        {
          label: "Company",
          value: quote.company_id ? (
            <Link to={`/companies/${quote.company_id}`} className="text-ui-fg-interactive hover:underline">
              {quote.company_name ?? quote.company_id}
            </Link>
          ) : (
            "—"
          ),
        },
        {
          label: "Requested by",
          value: (
            <div className="flex flex-col">
              {quote.requested_by.customer_id ? (
                <Link to={`/customers/${quote.requested_by.customer_id}`} className="text-ui-fg-interactive hover:underline">
                  {quote.requested_by.name || quote.requested_by.email || quote.requested_by.customer_id}
                </Link>
              ) : (
                <span>{quote.requested_by.name ?? "—"}</span>
              )}
              {quote.requested_by.name && quote.requested_by.email && (
                <span className="text-ui-fg-subtle">{quote.requested_by.email}</span>
              )}
            </div>
          ),
        },
        { label: "Requested on", value: formatDateTime(quote.created_at) },
        { label: "Expires", value: quote.expires_at ? formatDateTime(quote.expires_at) : "Not set yet" },
        { label: "Offers sent", value: String(quote.version ?? 0) },
        { label: "Currency", value: quote.currency_code.toUpperCase() },
        {
          label: "Order",
          value: quote.order_id ? (
            <Link to={`/orders/${quote.order_id}`} className="text-ui-fg-interactive hover:underline">
              View order
            </Link>
          ) : (
            "—"
          ),
        },
        {
          label: "Contract prices",
          value: quote.contract_price_list_id ? (
            <Link to={`/price-lists/${quote.contract_price_list_id}`} className="text-ui-fg-interactive hover:underline">
              Price list
            </Link>
          ) : (
            "None"
          ),
        },
      ]}
    />
  </Section>
)

export default QuoteDetailPage
