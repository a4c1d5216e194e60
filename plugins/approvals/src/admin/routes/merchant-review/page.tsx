import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShieldCheck } from "@medusajs/icons"
import { ListPage, stopRowClick, useListTable } from "@hybrid/admin-ui"
import { formatDateTime, formatMoney } from "@hybrid/admin-ui/format"
import { useListSearchParams } from "@hybrid/admin-ui/query"
import { Button, createDataTableColumnHelper } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { Link } from "react-router-dom"
import { ReviewStatusBadge } from "../../components/badges"
import { DecideReviewDrawer, type Decision } from "../../components/decide-review-drawer"
import { ReviewRulesSection } from "../../components/review-rules-section"
import { useReviewCounts, useReviews } from "../../lib/api"
import { orderLabel } from "../../lib/format"
import { REVIEW_STATUSES, type MerchantReview, type ReviewStatus } from "../../lib/types"

const PAGE_SIZE = 20

type Tab = ReviewStatus | "all"
const TABS: Tab[] = ["pending", "approved", "rejected", "all"]
const TAB_LABELS: Record<Tab, string> = { pending: "Pending", approved: "Approved", rejected: "Rejected", all: "All" }

function parseTab(value: string | null): Tab {
  return value === "all" || (REVIEW_STATUSES as readonly string[]).includes(value ?? "") ? (value as Tab) : "pending"
}

const columnHelper = createDataTableColumnHelper<MerchantReview>()

/**
 * Merchant review: large orders (above the currency's rule) wait here before they can be fulfilled.
 * The pending queue has Approve / Reject (rejecting cancels the order); the other tabs show the
 * decisions; the rules are edited below.
 */
const MerchantReviewPage = () => {
  const list = useListSearchParams({ status: "pending" })
  const tab = parseTab(list.searchParams.get("status"))
  const pageIndex = list.pageIndex
  const [deciding, setDeciding] = useState<{ review: MerchantReview; decision: Decision } | null>(null)

  const { data, isLoading, isError, error } = useReviews({
    status: tab,
    limit: PAGE_SIZE,
    offset: pageIndex * PAGE_SIZE,
  })
  const counts = useReviewCounts()

  const columns = useMemo(
    () => [
      columnHelper.accessor("order_display_id", {
        header: "Order",
        cell: ({ row }) => (
          <Link
            to={`/orders/${row.original.order_id}`}
            className="text-ui-fg-interactive txt-compact-small-plus hover:underline"
            onClick={stopRowClick()}
          >
            {orderLabel(row.original)}
          </Link>
        ),
      }),
      columnHelper.accessor("company_name", {
        header: "Company",
        cell: ({ row }) =>
          row.original.company_id ? (
            <Link to={`/companies/${row.original.company_id}`} className="hover:underline" onClick={stopRowClick()}>
              {row.original.company_name ?? "Company"}
            </Link>
          ) : (
            <span className="text-ui-fg-subtle">No company</span>
          ),
      }),
      columnHelper.accessor("amount", {
        header: "Amount",
        cell: ({ row }) => (
          <span className="tabular-nums">{formatMoney(row.original.amount, row.original.currency_code)}</span>
        ),
      }),
      columnHelper.accessor("created_at", {
        header: "Placed",
        cell: ({ getValue }) => formatDateTime(getValue()),
      }),
      columnHelper.accessor("status", {
        header: "Status",
        cell: ({ getValue }) => <ReviewStatusBadge status={getValue()} />,
      }),
      columnHelper.display({
        id: "decision",
        header: "Decision",
        cell: ({ row }) => {
          const review = row.original
          if (review.status === "pending") {
            return <span className="text-ui-fg-subtle">—</span>
          }
          return (
            <div className="flex max-w-[280px] flex-col">
              <span className="txt-compact-small">
                {review.decided_by_name ?? "Merchant"} · {formatDateTime(review.decided_at)}
              </span>
              {review.comment && (
                <span className="text-ui-fg-subtle txt-compact-small truncate" title={review.comment}>
                  “{review.comment}”
                </span>
              )}
            </div>
          )
        },
      }),
      columnHelper.display({
        id: "actions",
        header: () => <span className="sr-only">Actions</span>,
        cell: ({ row }) => {
          const review = row.original
          if (review.status !== "pending") {
            return null
          }
          const act = (decision: Decision) => stopRowClick(() => setDeciding({ review, decision }))
          return (
            <div className="flex items-center justify-end gap-x-2">
              <Button size="small" variant="secondary" onClick={act("reject")}>
                Reject
              </Button>
              <Button size="small" onClick={act("approve")}>
                Approve
              </Button>
            </div>
          )
        },
      }),
    ],
    []
  )

  const table = useListTable({ list, data: data?.reviews, count: data?.count, columns, isLoading })

  return (
    <div className="flex flex-col gap-y-3">
      <ListPage
        table={table}
        title="Merchant review"
        description="Large orders wait here before they can be fulfilled. Approve to release them; rejecting cancels the order."
        tabs={{
          value: tab,
          onValueChange: (value) => list.update({ status: value, page: 0 }),
          tabs: TABS,
          labels: TAB_LABELS,
          counts,
        }}
        isError={isError}
        error={error}
        what="reviews"
        emptyState={(value) => ({
          empty: {
            heading: value === "pending" ? "Nothing to review" : "No reviews",
            description:
              value === "pending"
                ? "Orders above a review rule's amount appear here when they are placed."
                : "Decided reviews appear here.",
          },
        })}
      />
      <ReviewRulesSection />
      <DecideReviewDrawer
        review={deciding?.review ?? null}
        decision={deciding?.decision ?? null}
        onClose={() => setDeciding(null)}
      />
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Merchant review",
  icon: ShieldCheck,
})

export const handle = {
  breadcrumb: () => "Merchant review",
}

export default MerchantReviewPage
