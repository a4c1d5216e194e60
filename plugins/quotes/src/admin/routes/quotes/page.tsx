import { formatDate, formatMoney } from "@hybrid/admin-ui/format"
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { DocumentText } from "@medusajs/icons"
import { Field, ListPage, RowLink, SelectField, useListTable } from "@hybrid/admin-ui"
import { useListSearchParams } from "@hybrid/admin-ui/query"
import { Button, Input, createDataTableColumnHelper } from "@medusajs/ui"
import { useMemo } from "react"
import { QuoteStatusBadge } from "../../components/badges"
import { STATUS_LABELS } from "../../lib/format"
import { useCompanyOptions, useQuotes } from "../../lib/quotes"
import { QUOTE_STATUSES, type QuoteStatus, type QuoteSummary } from "../../lib/types"

const PAGE_SIZE = 20
const ALL = "all"

function parseStatus(value: string | null): QuoteStatus | undefined {
  return value && (QUOTE_STATUSES as readonly string[]).includes(value) ? (value as QuoteStatus) : undefined
}

function parseDay(value: string | null): string {
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : ""
}

const columnHelper = createDataTableColumnHelper<QuoteSummary>()

/** Quotes list: search, filters (status, company, expiry window) and pagination, newest first. */
const QuotesPage = () => {
  const list = useListSearchParams({ status: ALL, company_id: ALL })
  const { searchParams, pageIndex, update: updateParams } = list
  const status = parseStatus(searchParams.get("status"))
  const companyId = searchParams.get("company_id") ?? ""
  const expiresAfter = parseDay(searchParams.get("expires_after"))
  const expiresBefore = parseDay(searchParams.get("expires_before"))
  const q = searchParams.get("q") ?? ""

  const { data, isLoading, isError, error } = useQuotes({
    q: q || undefined,
    status,
    company_id: companyId || undefined,
    expires_after: expiresAfter ? `${expiresAfter}T00:00:00.000Z` : undefined,
    expires_before: expiresBefore ? `${expiresBefore}T23:59:59.999Z` : undefined,
    limit: PAGE_SIZE,
    offset: pageIndex * PAGE_SIZE,
  })
  const companies = useCompanyOptions()
  const filtered = Boolean(status || companyId || expiresAfter || expiresBefore || q)

  const columns = useMemo(
    () => [
      columnHelper.accessor("display_id", {
        header: "Quote",
        cell: ({ row }) => <RowLink to={`/quotes/${row.original.id}`}>#{row.original.display_id}</RowLink>,
      }),
      columnHelper.accessor("company_name", {
        header: "Company",
        cell: ({ row }) => row.original.company_name ?? "—",
      }),
      columnHelper.display({
        id: "requested_by",
        header: "Requested by",
        cell: ({ row }) => (
          <div className="flex flex-col">
            <span>{row.original.requested_by?.name || row.original.requested_by?.email || "—"}</span>
            {row.original.requested_by?.name && row.original.requested_by.email && (
              <span className="text-ui-fg-subtle txt-compact-small">{row.original.requested_by.email}</span>
            )}
          </div>
        ),
      }),
      columnHelper.accessor("status", {
        header: "Status",
        cell: ({ getValue }) => <QuoteStatusBadge status={getValue()} />,
      }),
      columnHelper.display({
        id: "lines",
        header: "Lines",
        cell: ({ row }) =>
          row.original.line_count ?? row.original.lines?.filter((l) => l.change !== "removed").length ?? "—",
      }),
      columnHelper.display({
        id: "subtotal",
        header: "Net value",
        cell: ({ row }) => (
          <span className="tabular-nums">
            {formatMoney(row.original.subtotal ?? row.original.totals?.subtotal, row.original.currency_code)}
          </span>
        ),
      }),
      columnHelper.accessor("version", {
        header: "Offers sent",
        cell: ({ getValue }) => getValue() ?? 0,
      }),
      columnHelper.accessor("expires_at", {
        header: "Expires",
        cell: ({ getValue }) => formatDate(getValue()),
      }),
      columnHelper.accessor("created_at", {
        header: "Requested",
        cell: ({ getValue }) => formatDate(getValue()),
      }),
    ],
    []
  )

  const table = useListTable({
    list,
    data: data?.quotes,
    count: data?.count,
    columns,
    isLoading,
    searchable: true,
    rowHref: (id) => `/quotes/${id}`,
  })

  const filters = (
    <div className="flex flex-wrap items-end gap-3 px-6 py-3" role="group" aria-label="Filters">
      <SelectField
        label="Status"
        size="xsmall"
        className="min-w-[160px]"
        value={status ?? ALL}
        onValueChange={(value) => updateParams({ status: value, page: 0 })}
        options={[
          { value: ALL, label: "All statuses" },
          ...QUOTE_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })),
        ]}
      />
      <SelectField
        label="Company"
        size="xsmall"
        className="min-w-[200px]"
        value={companyId || ALL}
        onValueChange={(value) => updateParams({ company_id: value, page: 0 })}
        options={[
          { value: ALL, label: "All companies" },
          ...(companies.data ?? []).map((company) => ({ value: company.id, label: company.name })),
        ]}
        placeholder={companies.isLoading ? "Loading…" : "All companies"}
      />
      <Field label="Expires from" size="xsmall">
        {(control) => (
          <Input
            {...control}
            type="date"
            size="small"
            value={expiresAfter}
            max={expiresBefore || undefined}
            onChange={(event) => updateParams({ expires_after: event.target.value, page: 0 })}
          />
        )}
      </Field>
      <Field label="Expires until" size="xsmall">
        {(control) => (
          <Input
            {...control}
            type="date"
            size="small"
            value={expiresBefore}
            min={expiresAfter || undefined}
            onChange={(event) => updateParams({ expires_before: event.target.value, page: 0 })}
          />
        )}
      </Field>
      {filtered && (
        <Button
          size="small"
          variant="transparent"
          onClick={() =>
            updateParams({ status: "", company_id: "", expires_after: "", expires_before: "", q: "", page: 0 })
          }
        >
          Clear filters
        </Button>
      )}
    </div>
  )

  return (
    <ListPage
      table={table}
      title="Quotes"
      description="Requests for quotation from trade buyers: counter-offer, discuss, and turn accepted prices into contracts."
      searchPlaceholder="Search quotes"
      filters={filters}
      isError={isError}
      error={error}
      what="quotes"
      emptyState={{
        empty: {
          heading: "No quotes yet",
          description: "Quotes appear here when a trade buyer requests one from their cart.",
        },
        filtered: { heading: "No matching quotes", description: "Try other filters or another search." },
      }}
    />
  )
}

export const config = defineRouteConfig({
  label: "Quotes",
  icon: DocumentText,
})

export const handle = {
  breadcrumb: () => "Quotes",
}

export default QuotesPage
