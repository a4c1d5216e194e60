import { DetailPageError, DetailPageLoading, EmptyRow, PageHeader, Section } from "@hybrid/admin-ui"
import { formatDate, formatMoney } from "@hybrid/admin-ui/format"
import { Badge, Button } from "@medusajs/ui"
import { Link, useParams, type UIMatch } from "react-router-dom"
import { LifetimeTable, Timeline } from "../../../../components/timeline"
import { useCompany360 } from "../../../../lib/api"
import { companyLink, customerLink } from "../../../../lib/links"
import type { Company360 } from "../../../../lib/types"

const CompanyBreadcrumb = ({ id }: { id?: string }) => {
  const { data } = useCompany360(id)
  return <span>{data?.company.name ?? "Company"}</span>
}

export const handle = {
  breadcrumb: (match: UIMatch) => <CompanyBreadcrumb id={match.params.id} />,
}

/**
 * A company's 360 (the company-accounts page has no widget zone, so this is its own page under
 * Insights, linked from the dashboard and the customer 360): credit, lifetime figures, each
 * employee's company orders beside their private ones, and the company's timeline.
 */
const Company360Page = () => {
  const { id } = useParams()
  const { data, isLoading, isError, error } = useCompany360(id)

  if (isError && !data) {
    return <DetailPageError title="Company not found" error={error} backTo="/insights" backLabel="Back to insights" />
  }
  if (isLoading || !data) {
    return <DetailPageLoading />
  }
  const { company } = data
  return (
    <div className="flex flex-col gap-y-3">
      <PageHeader
        title={company.name}
        badge={
          <Badge size="2xsmall" color={company.status === "active" ? "green" : "grey"}>
            {company.status}
          </Badge>
        }
        subtitle={
          <>
            Credit {formatMoney(company.credit.used, company.currency_code)} used of{" "}
            {formatMoney(company.credit.limit, company.currency_code)} ·{" "}
            {formatMoney(company.credit.available, company.currency_code)} available
          </>
        }
        actions={
          <Button size="small" variant="secondary" asChild>
            <Link to={companyLink(company.id)}>Open company account</Link>
          </Button>
        }
      />
      <Section title="Lifetime" description="Orders placed for the company, per channel and currency">
        <LifetimeTable lifetime={data.lifetime} />
      </Section>
      <Section
        title="Employees"
        description="Orders for the company beside the same person's private orders (matched by email)"
      >
        <Employees data={data} />
      </Section>
      <Section title="Timeline">
        <Timeline events={data.timeline} limit={50} />
      </Section>
    </div>
  )
}

const sideText = (rows: Company360["employees"][number]["company"]) =>
  rows.length === 0 ? "—" : rows.map((r) => `${r.orders} · ${formatMoney(r.revenue, r.currency_code)}`).join(", ")

const Employees = ({ data }: { data: Company360 }) => {
  if (data.employees.length === 0) return <EmptyRow>No employees.</EmptyRow>
  return (
    <table className="w-full txt-compact-small">
      <thead className="text-ui-fg-subtle">
        <tr className="border-b">
          <th className="px-6 py-2 text-left font-normal">Employee</th>
          <th className="px-3 py-2 text-left font-normal">Role</th>
          <th className="px-3 py-2 text-right font-normal">For the company</th>
          <th className="px-3 py-2 text-right font-normal">Privately</th>
          <th className="px-6 py-2 text-right font-normal">Joined</th>
        </tr>
      </thead>
      <tbody>
        {data.employees.map((e) => (
          <tr key={e.employee_id} className="border-b last:border-b-0" data-employee={e.email ?? e.customer_id}>
            <td className="px-6 py-2">
              <Link to={customerLink(e.customer_id)} className="text-ui-fg-interactive hover:underline">
                {e.name}
              </Link>
              {e.email && <div className="text-ui-fg-subtle">{e.email}</div>}
            </td>
            <td className="px-3 py-2">{e.role}</td>
            <td className="px-3 py-2 text-right">{sideText(e.company)}</td>
            <td className="px-3 py-2 text-right">{sideText(e.private)}</td>
            <td className="px-6 py-2 text-right">{formatDate(e.joined_at)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export default Company360Page
