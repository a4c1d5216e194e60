import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { ErrorRow, LoadingRow, Section } from "@hybrid/admin-ui"
import { errorMessage, formatDateTime, formatMoney } from "@hybrid/admin-ui/format"
import { Button, Text } from "@medusajs/ui"
import { useState, type ReactNode } from "react"
import { ApprovalStatusBadge, ReviewStatusBadge } from "../components/badges"
import { DecideReviewDrawer, type Decision } from "../components/decide-review-drawer"
import { useOrderApproval } from "../lib/api"
import type { ApprovalRequest, MerchantReview } from "../lib/types"

const TITLE = "Approval history"

/**
 * On an order's page: who asked the company to approve the cart and who decided it (with comment and
 * times), and the merchant review of the order (pending ones can be decided here). Shows nothing for
 * orders that needed neither.
 */
const OrderApprovalHistoryWidget = ({ data: order }: DetailWidgetProps<HttpTypes.AdminOrder>) => {
  const { data, isLoading, isError, error } = useOrderApproval(order.id)
  const [decision, setDecision] = useState<Decision | null>(null)

  if (isLoading) {
    return (
      <Section title={TITLE}>
        <LoadingRow />
      </Section>
    )
  }
  if (isError) {
    return (
      <Section title={TITLE}>
        <ErrorRow what="the approval history" reason={errorMessage(error)} />
      </Section>
    )
  }
  if (!data || (!data.approval && !data.review)) {
    return null
  }

  return (
    <Section title={TITLE}>
      {data.approval && <CompanyApproval approval={data.approval} />}
      {data.review && <MerchantReviewBlock review={data.review} onDecide={(next) => setDecision(next)} />}
      <DecideReviewDrawer review={data.review} decision={decision} onClose={() => setDecision(null)} />
    </Section>
  )
}

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="grid grid-cols-[110px_1fr] gap-x-3">
    <dt className="text-ui-fg-subtle txt-compact-small">{label}</dt>
    <dd className="txt-compact-small break-words">{children}</dd>
  </div>
)

const CompanyApproval = ({ approval }: { approval: ApprovalRequest }) => (
  <div className="flex flex-col gap-y-3 px-6 py-4" data-approval-status={approval.status}>
    <div className="flex items-center justify-between gap-x-2">
      <Text size="small" weight="plus" leading="compact">
        Company approval
      </Text>
      <ApprovalStatusBadge status={approval.status} />
    </div>
    <dl className="flex flex-col gap-y-2">
      <Row label="Requested by">
        {approval.requested_by.name || approval.requested_by.email || "—"}
        {approval.requested_by.name && approval.requested_by.email ? (
          <span className="text-ui-fg-subtle"> · {approval.requested_by.email}</span>
        ) : null}
      </Row>
      <Row label="Requested">{formatDateTime(approval.created_at)}</Row>
      <Row label="Amount">{formatMoney(approval.amount, approval.currency_code)} net</Row>
      {approval.reasons.length > 0 && (
        <Row label="Why">{approval.reasons.map((reason) => reason.message).join("; ")}</Row>
      )}
      {approval.comment && <Row label="Buyer's note">“{approval.comment}”</Row>}
      <Row label="Decided by">{approval.decided_by?.name ?? (approval.decided_at ? "—" : "Not decided yet")}</Row>
      {approval.decided_at && <Row label="Decided">{formatDateTime(approval.decided_at)}</Row>}
      {approval.decision_comment && <Row label="Comment">“{approval.decision_comment}”</Row>}
    </dl>
  </div>
)

const MerchantReviewBlock = ({
  review,
  onDecide,
}: {
  review: MerchantReview
  onDecide: (decision: Decision) => void
}) => (
  <div className="flex flex-col gap-y-3 px-6 py-4" data-review-status={review.status}>
    <div className="flex items-center justify-between gap-x-2">
      <Text size="small" weight="plus" leading="compact">
        Merchant review
      </Text>
      <ReviewStatusBadge status={review.status} />
    </div>
    <dl className="flex flex-col gap-y-2">
      <Row label="Since">{formatDateTime(review.created_at)}</Row>
      {review.status !== "pending" && (
        <>
          <Row label="Decided by">{review.decided_by_name ?? "—"}</Row>
          <Row label="Decided">{formatDateTime(review.decided_at)}</Row>
        </>
      )}
      {review.comment && <Row label="Comment">“{review.comment}”</Row>}
    </dl>
    {review.status === "pending" && (
      <>
        <Text size="xsmall" className="text-ui-fg-subtle">
          This order cannot be fulfilled until it is approved. Rejecting cancels it.
        </Text>
        <div className="flex justify-end gap-x-2">
          <Button size="small" variant="secondary" onClick={() => onDecide("reject")}>
            Reject
          </Button>
          <Button size="small" onClick={() => onDecide("approve")}>
            Approve
          </Button>
        </div>
      </>
    )}
  </div>
)

export const config = defineWidgetConfig({
  zone: "order.details.side.after",
})

export default OrderApprovalHistoryWidget
