import { formatDate, formatMoney } from "@hybrid/admin-ui/format"
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import { ListPage, RowLink, stopRowClick, useListTable } from "@hybrid/admin-ui"
import { useListSearchParams } from "@hybrid/admin-ui/query"
import { Button, createDataTableColumnHelper } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { COMPANY_STATUSES, type CompanyStatus } from "../../../constants"
import { ApproveCompanyDrawer } from "../../components/approve-company-drawer"
import { CompanyStatusBadge } from "../../components/company-status-badge"
import { RejectCompanyDrawer } from "../../components/reject-company-drawer"
import { useCompanies, useCompanyStatusCounts } from "../../lib/companies"
import { PAYMENT_TERMS_LABELS, STATUS_LABELS } from "../../lib/format"
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
  const list = useListSearchParams({ status: "all" })
  const { searchParams, pageIndex } = list
  const status = parseStatusTab(searchParams.get("status"))
  const q = searchParams.get("q") ?? ""

  const [approving, setApproving] = useState<AdminCompany | null>(null)
  const [rejecting, setRejecting] = useState<AdminCompany | null>(null)

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
            <RowLink to={`/companies/${row.original.id}`}>{row.original.name}</RowLink>
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
          row.original.status === "pending"
            ? "—"
            : (PAYMENT_TERMS_LABELS[row.original.payment_terms] ?? row.original.payment_terms),
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
          const act = (open: (company: AdminCompany) => void) => stopRowClick(() => open(company))
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

  const table = useListTable({
    list,
    data: data?.companies,
    count: data?.count,
    columns,
    isLoading,
    searchable: true,
    rowHref: (id) => `/companies/${id}`,
  })

  return (
    <>
      <ListPage
        table={table}
        title="Companies"
        description="Trade accounts: review applications, set payment terms and credit limits."
        searchPlaceholder="Search companies"
        tabs={{
          value: status,
          onValueChange: (value) => list.update({ status: value, page: 0 }),
          tabs: STATUS_TABS,
          labels: TAB_LABELS,
          counts,
        }}
        isError={isError}
        error={error}
        what="companies"
        emptyState={(tab) => ({
          empty: {
            heading: tab === "pending" ? "No pending applications" : "No companies yet",
            description:
              tab === "pending"
                ? "New trade applications appear here for approval."
                : "Companies appear here when a business applies on the trade site.",
          },
          filtered: { heading: "No matching companies", description: "Try another search." },
        })}
      />
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
    </>
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
