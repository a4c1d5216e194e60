import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Envelope } from "@medusajs/icons"
import { LabeledStatusBadge, ListPage, useListTable } from "@hybrid/admin-ui"
import { formatDateTime } from "@hybrid/admin-ui/format"
import { useListSearchParams } from "@hybrid/admin-ui/query"
import { createDataTableColumnHelper } from "@medusajs/ui"
import { useMemo } from "react"
import { DELIVERY_STATUSES, type DeliveryStatus, type EmailRow, useEmailCounts, useEmails } from "../../lib/api"

const PAGE_SIZE = 50

type Tab = DeliveryStatus | "all"
const TABS: Tab[] = ["all", "retrying", "failed", "sent"]
const TAB_LABELS: Record<Tab, string> = {
  all: "All",
  sent: "Sent",
  retrying: "Retrying",
  sending: "Sending",
  failed: "Failed",
}
const STATUS_COLORS = { sent: "green", retrying: "orange", sending: "blue", failed: "red" } as const

const parseTab = (value: string | null): Tab =>
  (DELIVERY_STATUSES as readonly string[]).includes(value ?? "") ? (value as Tab) : "all"

const columnHelper = createDataTableColumnHelper<EmailRow>()

/**
 * Emails: every message sent over SMTP, newest first, with its delivery state. A failed attempt
 * is retried every 1, 2, 4, 8, 16 minutes (defaults) before the email is marked failed; the last
 * SMTP error and the next attempt are shown.
 */
const EmailsPage = () => {
  const list = useListSearchParams({ status: "all" })
  const tab = parseTab(list.searchParams.get("status"))
  const { data, isLoading, isError, error } = useEmails({
    status: tab === "all" ? undefined : tab,
    limit: PAGE_SIZE,
    offset: list.pageIndex * PAGE_SIZE,
  })
  const counts = useEmailCounts()

  const columns = useMemo(
    () => [
      columnHelper.accessor("created_at", { header: "Created", cell: ({ getValue }) => formatDateTime(getValue()) }),
      columnHelper.accessor("to", { header: "To" }),
      columnHelper.accessor("template", {
        header: "Template",
        cell: ({ row }) => (
          <div className="flex max-w-[320px] flex-col">
            <span className="txt-compact-small-plus">{row.original.template ?? "—"}</span>
            <span className="text-ui-fg-subtle txt-compact-small truncate" title={row.original.subject}>
              {row.original.site} · {row.original.subject}
            </span>
          </div>
        ),
      }),
      columnHelper.accessor("status", {
        header: "Status",
        cell: ({ getValue }) => <LabeledStatusBadge status={getValue()} labels={TAB_LABELS} colors={STATUS_COLORS} />,
      }),
      columnHelper.accessor("attempts", { header: "Attempts", cell: ({ getValue }) => getValue() }),
      columnHelper.display({
        id: "delivery",
        header: "Last error / next attempt",
        cell: ({ row }) => {
          const email = row.original
          if (email.status === "sent") {
            return <span className="text-ui-fg-subtle">Sent {formatDateTime(email.sent_at)}</span>
          }
          return (
            <div className="flex max-w-[360px] flex-col">
              {email.last_error && (
                <span className="txt-compact-small truncate" title={email.last_error}>
                  {email.last_error}
                </span>
              )}
              <span className="text-ui-fg-subtle txt-compact-small">
                {email.next_attempt_at ? `Next attempt ${formatDateTime(email.next_attempt_at)}` : "No more attempts"}
              </span>
            </div>
          )
        },
      }),
    ],
    []
  )

  const table = useListTable({ list, data: data?.emails, count: data?.count, columns, isLoading })

  return (
    <ListPage
      table={table}
      title="Emails"
      description="Every email sent over SMTP and whether it was delivered. Failed sends are retried with backoff; orders never wait for them."
      tabs={{
        value: tab,
        onValueChange: (value) => list.update({ status: value, page: 0 }),
        tabs: TABS,
        labels: TAB_LABELS,
        counts: { ...counts, all: data && tab === "all" ? data.count : undefined },
      }}
      isError={isError}
      error={error}
      what="emails"
      emptyState={(value) => ({
        empty: {
          heading: value === "all" ? "No emails yet" : `No ${TAB_LABELS[value].toLowerCase()} emails`,
          description:
            "Emails appear here once the SMTP provider sends them (SMTP_URL set; without it they go to the log).",
        },
      })}
    />
  )
}

export const config = defineRouteConfig({ label: "Emails", icon: Envelope })

export const handle = { breadcrumb: () => "Emails" }

export default EmailsPage
