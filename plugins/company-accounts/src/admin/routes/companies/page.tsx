import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import {
  Button,
  Container,
  DataTable,
  Heading,
  Tabs,
  Text,
  createDataTableColumnHelper,
  useDataTable,
  type DataTablePaginationState,
} from "@medusajs/ui"
import { useMemo, useState, type MouseEvent } from "react"
import { Link, useNavigate, useSearchParams } from "react-router-dom"
import { COMPANY_STATUSES, type CompanyStatus } from "../../../constants"
import { ApproveCompanyDrawer } from "../../components/approve-company-drawer"
import { CompanyStatusBadge } from "../../components/company-status-badge"
import { RejectCompanyDrawer } from "../../components/reject-company-drawer"
import { useCompanies, useCompanyStatusCounts } from "../../lib/companies"
import { PAYMENT_TERMS_LABELS, STATUS_LABELS, errorMessage, formatDate, formatMoney } from "../../lib/format"
import type { AdminCompany } from "../../lib/types"

const PAGE_SIZE = 20

type StatusTab = CompanyStatus | "all"
const STATUS_TABS: StatusTab[] = ["all", ...COMPANY_STATUSES]
const TAB_LABELS: Record<StatusTab, string> = { all: "All", ...STATUS_LABELS }

function parseStatusTab(value: string | null): StatusTab {
  return value && (COMPANY_STATUSES as readonly string[]).includes(value) ? (value as CompanyStatus) : "all"
}

const columnHelper = createDataTableColumnHelper<AdminCompany>()

/** Companies list: search, status tabs with counts, pagination, and Approve / Reject inline on pending rows. */
const CompaniesPage = () => {
  const navigate = useNavigate()
  const [searchParams, setSearchParams] = useSearchParams()
  const status = parseStatusTab(searchParams.get("status"))
  const q = searchParams.get("q") ?? ""
  const pageIndex = Math.max(0, Number.parseInt(searchParams.get("page") ?? "0", 10) || 0)

  const [approving, setApproving] = useState<AdminCompany | null>(null)
  const [rejecting, setRejecting] = useState<AdminCompany | null>(null)

  // The list state lives in the URL, so a filtered view can be linked to and survives a visit to a company.
  const updateParams = (next: { status?: StatusTab; q?: string; page?: number }) => {
    setSearchParams(
      (current) => {
        const params = new URLSearchParams(current)
        const entries = { status: next.status, q: next.q, page: next.page === undefined ? undefined : String(next.page) }
        for (const [key, value] of Object.entries(entries)) {
          if (value === undefined) continue
          if (value === "" || value === "all" || value === "0") params.delete(key)
          else params.set(key, value)
        }
        return params
      },
      { replace: true }
    )
  }

  const { data, isLoading, isError, error } = useCompanies({
    q: q || undefined,
    status: status === "all" ? undefined : status,
    limit: PAGE_SIZE,
    offset: pageIndex * PAGE_SIZE,
  })
  const counts = useCompanyStatusCounts(q || undefined)

  const columns = useMemo(
    () => [
      columnHelper.accessor("name", {
        header: "Company",
        cell: ({ row }) => (
          <div className="flex flex-col">
            <Link
              to={`/companies/${row.original.id}`}
              className="text-ui-fg-base txt-compact-small-plus hover:underline focus-visible:shadow-borders-focus rounded-sm outline-none"
              onClick={(event) => event.stopPropagation()}
            >
              {row.original.name}
            </Link>
            <span className="text-ui-fg-subtle txt-compact-small">{row.original.email}</span>
          </div>
        ),
      }),
      columnHelper.accessor("vat_id", {
        header: "VAT id",
        cell: ({ getValue }) => getValue() || "—",
      }),
      columnHelper.accessor("status", {
        header: "Status",
        cell: ({ getValue }) => <CompanyStatusBadge status={getValue()} />,
      }),
      columnHelper.accessor("payment_terms", {
        header: "Terms",
        cell: ({ row }) =>
          row.original.status === "pending" ? "—" : PAYMENT_TERMS_LABELS[row.original.payment_terms] ?? row.original.payment_terms,
      }),
      columnHelper.accessor("credit_limit", {
        header: "Credit limit",
        cell: ({ row }) =>
          row.original.status === "pending" ? "—" : formatMoney(row.original.credit_limit, row.original.currency_code),
      }),
      columnHelper.accessor("created_at", {
        header: "Applied",
        cell: ({ getValue }) => formatDate(getValue()),
      }),
      columnHelper.display({
        id: "actions",
        header: () => <span className="sr-only">Actions</span>,
        cell: ({ row }) => {
          const company = row.original
          if (company.status !== "pending") {
            return null
          }
          // Buttons sit inside a clickable row: keep their clicks from opening the company.
          const act = (open: (company: AdminCompany) => void) => (event: MouseEvent) => {
            event.stopPropagation()
            open(company)
          }
          return (
            <div className="flex items-center justify-end gap-x-2">
              <Button size="small" variant="secondary" onClick={act(setRejecting)}>
                Reject
              </Button>
              <Button size="small" variant="primary" onClick={act(setApproving)}>
                Approve
              </Button>
            </div>
          )
        },
      }),
    ],
    []
  )

  const table = useDataTable({
    data: data?.companies ?? [],
    columns,
    getRowId: (company) => company.id,
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
    // DataTable passes its row model here; with getRowId, `row.id` is the company id either way.
    onRowClick: (_event, row) => navigate(`/companies/${row.id}`),
  })

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 md:flex-row md:items-center">
          <div>
            <Heading level="h1">Companies</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Trade accounts: review applications, set payment terms and credit limits.
            </Text>
          </div>
          <DataTable.Search placeholder="Search companies" />
        </DataTable.Toolbar>

        <Tabs value={status} onValueChange={(value) => updateParams({ status: value as StatusTab, page: 0 })}>
          <div className="px-6 py-3">
            <Tabs.List aria-label="Filter by status">
              {STATUS_TABS.map((tab) => (
                <Tabs.Trigger key={tab} value={tab}>
                  {/* One inline box, so the space between label and count survives the trigger's flex layout. */}
                  <span>
                    {TAB_LABELS[tab]}
                    {counts[tab] !== undefined && (
                      <>
                        {" "}
                        <span className="text-ui-fg-muted tabular-nums">{counts[tab]}</span>
                      </>
                    )}
                  </span>
                </Tabs.Trigger>
              ))}
            </Tabs.List>
          </div>
          {STATUS_TABS.map((tab) => (
            <Tabs.Content key={tab} value={tab} className="border-t">
              {isError ? (
                <div className="px-6 py-8" role="alert">
                  <Text className="text-ui-fg-error">Could not load companies: {errorMessage(error)}</Text>
                </div>
              ) : (
                <DataTable.Table
                  emptyState={{
                    empty: {
                      heading: tab === "pending" ? "No pending applications" : "No companies yet",
                      description:
                        tab === "pending"
                          ? "New trade applications appear here for approval."
                          : "Companies appear here when a business applies on the trade site.",
                    },
                    filtered: { heading: "No matching companies", description: "Try another search." },
                  }}
                />
              )}
            </Tabs.Content>
          ))}
        </Tabs>
        <DataTable.Pagination />
      </DataTable>

      {approving && (
        <ApproveCompanyDrawer
          company={approving}
          open={Boolean(approving)}
          onOpenChange={(open) => !open && setApproving(null)}
        />
      )}
      {rejecting && (
        <RejectCompanyDrawer
          company={rejecting}
          open={Boolean(rejecting)}
          onOpenChange={(open) => !open && setRejecting(null)}
        />
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Companies",
  icon: Buildings,
})

export const handle = {
  breadcrumb: () => "Companies",
}

export default CompaniesPage
