import { defineRouteConfig } from "@medusajs/admin-sdk"
import { DocumentText } from "@medusajs/icons"
import {
  Button,
  Container,
  DataTable,
  Heading,
  Input,
  Label,
  Select,
  Text,
  createDataTableColumnHelper,
  useDataTable,
  type DataTablePaginationState,
} from "@medusajs/ui"
import { useMemo } from "react"
import { Link, useNavigate, useSearchParams } from "react-router-dom"
import { QuoteStatusBadge } from "../../components/badges"
import { STATUS_LABELS, errorMessage, formatDate, formatMoney } from "../../lib/format"
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
  const navigate = useNavigate()
  const [searchParams, setSearchParams] = useSearchParams()
  const status = parseStatus(searchParams.get("status"))
  const companyId = searchParams.get("company_id") ?? ""
  const expiresAfter = parseDay(searchParams.get("expires_after"))
  const expiresBefore = parseDay(searchParams.get("expires_before"))
  const q = searchParams.get("q") ?? ""
  const pageIndex = Math.max(0, Number.parseInt(searchParams.get("page") ?? "0", 10) || 0)

  // The list state lives in the URL, so a filtered view can be linked to and survives a visit to a quote.
  const updateParams = (next: Record<string, string | number | undefined>) => {
    setSearchParams(
      (current) => {
        const params = new URLSearchParams(current)
        for (const [key, value] of Object.entries(next)) {
          if (value === undefined) continue
          const text = String(value)
          if (text === "" || text === ALL || (key === "page" && text === "0")) params.delete(key)
          else params.set(key, text)
        }
        return params
      },
      { replace: true }
    )
  }

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
        cell: ({ row }) => (
          <Link
            to={`/quotes/${row.original.id}`}
            className="text-ui-fg-base txt-compact-small-plus hover:underline focus-visible:shadow-borders-focus rounded-sm outline-none"
            onClick={(event) => event.stopPropagation()}
          >
            #{row.original.display_id}
          </Link>
        ),
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
        cell: ({ row }) => row.original.line_count ?? row.original.lines?.filter((l) => l.change !== "removed").length ?? "—",
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

  const table = useDataTable({
    data: data?.quotes ?? [],
    columns,
    getRowId: (quote) => quote.id,
    rowCount: data?.count ?? 0,
    isLoading,
    search: {
      state: q,
      onSearchChange: (value) => updateParams({ q: value, page: 0 }),
    },
    pagination: {
      state: { pageIndex, pageSize: PAGE_SIZE },
      onPaginationChange: (state: DataTablePaginationState) => updateParams({ page: state.pageIndex }),
    },
    onRowClick: (_event, row) => navigate(`/quotes/${row.id}`),
  })

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 md:flex-row md:items-center">
          <div>
            <Heading level="h1">Quotes</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Requests for quotation from trade buyers: counter-offer, discuss, and turn accepted prices into contracts.
            </Text>
          </div>
          <DataTable.Search placeholder="Search quotes" />
        </DataTable.Toolbar>

        <div className="flex flex-wrap items-end gap-3 px-6 py-3" role="group" aria-label="Filters">
          <div className="flex min-w-[160px] flex-col gap-y-1">
            <Label id="quotes-filter-status" size="xsmall" weight="plus">
              Status
            </Label>
            <Select size="small" value={status ?? ALL} onValueChange={(value) => updateParams({ status: value, page: 0 })}>
              <Select.Trigger aria-labelledby="quotes-filter-status">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={ALL}>All statuses</Select.Item>
                {QUOTE_STATUSES.map((value) => (
                  <Select.Item key={value} value={value}>
                    {STATUS_LABELS[value]}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          <div className="flex min-w-[200px] flex-col gap-y-1">
            <Label id="quotes-filter-company" size="xsmall" weight="plus">
              Company
            </Label>
            <Select size="small" value={companyId || ALL} onValueChange={(value) => updateParams({ company_id: value, page: 0 })}>
              <Select.Trigger aria-labelledby="quotes-filter-company">
                <Select.Value placeholder={companies.isLoading ? "Loading…" : "All companies"} />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={ALL}>All companies</Select.Item>
                {(companies.data ?? []).map((company) => (
                  <Select.Item key={company.id} value={company.id}>
                    {company.name}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="quotes-filter-expires-after" size="xsmall" weight="plus">
              Expires from
            </Label>
            <Input
              id="quotes-filter-expires-after"
              type="date"
              size="small"
              value={expiresAfter}
              max={expiresBefore || undefined}
              onChange={(event) => updateParams({ expires_after: event.target.value, page: 0 })}
            />
          </div>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="quotes-filter-expires-before" size="xsmall" weight="plus">
              Expires until
            </Label>
            <Input
              id="quotes-filter-expires-before"
              type="date"
              size="small"
              value={expiresBefore}
              min={expiresAfter || undefined}
              onChange={(event) => updateParams({ expires_before: event.target.value, page: 0 })}
            />
          </div>
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

        {isError ? (
          <div className="px-6 py-8" role="alert">
            <Text className="text-ui-fg-error">Could not load quotes: {errorMessage(error)}</Text>
          </div>
        ) : (
          <DataTable.Table
            emptyState={{
              empty: {
                heading: "No quotes yet",
                description: "Quotes appear here when a trade buyer requests one from their cart.",
              },
              filtered: { heading: "No matching quotes", description: "Try other filters or another search." },
            }}
          />
        )}
        <DataTable.Pagination />
      </DataTable>
    </Container>
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
