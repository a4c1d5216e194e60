import {
  DetailPageError,
  DetailPageLoading,
  Fields,
  PageHeader,
  Section,
  TipRow,
  TwoColumnPage,
} from "@hybrid/admin-ui"
import { formatDate, formatDateTime } from "@hybrid/admin-ui/format"
import { Button } from "@medusajs/ui"
import { useState } from "react"
import { Link, useParams, type UIMatch } from "react-router-dom"
import { QuoteStatusBadge } from "../../../components/badges"
import { ContractPricesDrawer } from "../../../components/contract-prices-drawer"
import { DeclineQuoteDrawer } from "../../../components/decline-quote-drawer"
import { QuoteHistory } from "../../../components/history"
import { OfferEditor } from "../../../components/offer-editor"
import { OfferLines } from "../../../components/offer-lines"
import { QuoteThread } from "../../../components/thread"
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
    return <DetailPageError title="Quote not found" error={error} backTo="/quotes" backLabel="Back to quotes" />
  }

  if (isLoading || !quote) {
    return <DetailPageLoading />
  }

  return (
    <TwoColumnPage
      main={
        <>
          <QuoteHeader
            quote={quote}
            onDecline={() => setDrawer("decline")}
            onCreateContract={() => setDrawer("contract")}
          />
          {isNegotiable(quote) ? (
            // Keyed on the version: once an offer is sent the editor restarts from what the server stored.
            <OfferEditor
              key={`${quote.id}:${quote.version}:${quote.status}`}
              quote={quote}
              onDecline={() => setDrawer("decline")}
            />
          ) : (
            <OfferLines quote={quote} />
          )}
          <QuoteThread quote={quote} />
        </>
      }
      side={
        <>
          <DetailsSection quote={quote} />
          <QuoteHistory history={quote.history ?? []} />
        </>
      }
    >
      <DeclineQuoteDrawer
        quote={quote}
        open={drawer === "decline"}
        onOpenChange={(open) => setDrawer(open ? "decline" : null)}
      />
      <ContractPricesDrawer
        quote={quote}
        open={drawer === "contract"}
        onOpenChange={(open) => setDrawer(open ? "contract" : null)}
      />
    </TwoColumnPage>
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
  <PageHeader
    title={`Quote #${quote.display_id}`}
    badge={<QuoteStatusBadge status={quote.status} />}
    subtitle={
      <>
        {quote.company_name ?? "Unknown company"} · requested by{" "}
        {quote.requested_by.name || quote.requested_by.email || "—"} on {formatDate(quote.created_at)}
        {quote.expires_at
          ? ` · ${quote.status === "expired" ? "expired" : "expires"} ${formatDate(quote.expires_at)}`
          : ""}
        {quote.version > 0 ? ` · version ${quote.version}` : ""}
      </>
    }
    actions={
      <>
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
      </>
    }
  >
    <QuoteStatusTip quote={quote} />
  </PageHeader>
)

/** What the quote's status means for the merchant, and the reason when it was refused. */
const QuoteStatusTip = ({ quote }: { quote: Quote }) => {
  switch (quote.status) {
    case "requested":
      return (
        <TipRow label="Waiting for your offer" variant="info">
          The buyer asked for a quote. Send a counter-offer (the request's prices are the starting point) or decline it.
        </TipRow>
      )
    case "sent":
      return (
        <TipRow label="Offer sent" variant="info">
          The buyer can accept the offer until {formatDateTime(quote.expires_at)}. Sending a new version replaces it.
        </TipRow>
      )
    case "expired":
      return (
        <TipRow label="Expired" variant="warning">
          The offer expired on {formatDateTime(quote.expires_at)}: the buyer can no longer accept it. Send it again with
          a new expiry date to renew it.
        </TipRow>
      )
    case "accepted":
      return (
        <TipRow label="Accepted" variant="success">
          The buyer accepted the offer and the order was placed at the quoted prices.
        </TipRow>
      )
    case "rejected":
      return (
        <TipRow label="Rejected by the buyer" variant="error">
          {reasonFor(quote, "rejected") ?? "No reason given."}
        </TipRow>
      )
    case "declined":
      return (
        <TipRow label="Declined" variant="error">
          {reasonFor(quote, "declined") ?? "No reason given."}
        </TipRow>
      )
    default:
      return null
  }
}

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
                <Link
                  to={`/customers/${quote.requested_by.customer_id}`}
                  className="text-ui-fg-interactive hover:underline"
                >
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
            <Link
              to={`/price-lists/${quote.contract_price_list_id}`}
              className="text-ui-fg-interactive hover:underline"
            >
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
