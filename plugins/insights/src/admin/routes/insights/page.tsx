import { EmptyRow, Field, SelectField, Section } from "@hybrid/admin-ui"
import { errorMessage, formatMoney } from "@hybrid/admin-ui/format"
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Skeleton, Tabs, Text, toast } from "@medusajs/ui"
import { useState, type ReactNode } from "react"
import { Link, useSearchParams } from "react-router-dom"
import { ChangeBadge } from "../../components/change-badge"
import { ConversionChart, CreditChart, GuestShareChart, SeriesChart } from "../../components/charts"
import { NotAvailable } from "../../components/not-available"
import { downloadOverviewCsv, useOverview, type OverviewParams } from "../../lib/api"
import { CHANNEL_LABELS, formatNumber, formatPercent } from "../../lib/format"
import {
  companiesLink,
  company360Link,
  customersLink,
  ordersLink,
  productLink,
  type PeriodRange,
} from "../../lib/links"
import type { ChannelKey, Figure, Overview, Split } from "../../lib/types"

const PRESETS: Array<{ value: string; label: string }> = [
  { value: "today", label: "Today" },
  { value: "last_7_days", label: "Last 7 days" },
  { value: "last_30_days", label: "Last 30 days" },
  { value: "last_90_days", label: "Last 90 days" },
  { value: "month_to_date", label: "Month to date" },
  { value: "quarter_to_date", label: "Quarter to date" },
  { value: "year_to_date", label: "Year to date" },
  { value: "last_12_months", label: "Last 12 months" },
  { value: "custom", label: "Custom range" },
]
const BUCKETS = [
  { value: "auto", label: "Automatic" },
  { value: "day", label: "By day" },
  { value: "week", label: "By week" },
  { value: "month", label: "By month" },
]
const COLUMNS = ["consumer", "trade", "total"] as const

/** The dashboard's state lives in the URL, so a view can be linked to and survives a visit to a list. */
function useParamsState(): [OverviewParams, (next: OverviewParams) => void] {
  const [searchParams, setSearchParams] = useSearchParams()
  const params: OverviewParams = {
    period: searchParams.get("period") ?? "last_30_days",
    from: searchParams.get("from") ?? undefined,
    to: searchParams.get("to") ?? undefined,
    bucket: searchParams.get("bucket") ?? undefined,
    currency: searchParams.get("currency") ?? undefined,
  }
  const update = (next: OverviewParams) => {
    const merged = { ...params, ...next }
    if (merged.period !== "custom") {
      merged.from = undefined
      merged.to = undefined
    }
    const entries = Object.entries(merged).filter(([, v]) => v !== undefined && v !== "" && v !== "auto") as [
      string,
      string,
    ][]
    setSearchParams(new URLSearchParams(entries), { replace: true })
  }
  return [params, update]
}

const InsightsPage = () => {
  const [params, setParams] = useParamsState()
  const custom = params.period === "custom"
  // A custom range is only asked for once both days are set.
  const ready = !custom || (Boolean(params.from) && Boolean(params.to))
  const { data, isLoading, isError, error, isFetching } = useOverview(
    ready ? params : { ...params, period: "last_30_days", from: undefined, to: undefined }
  )
  const [exporting, setExporting] = useState(false)

  const exportCsv = async () => {
    setExporting(true)
    try {
      await downloadOverviewCsv({ ...params, currency: data?.currency_code })
    } catch (err) {
      toast.error("Could not export the figures", { description: errorMessage(err) })
    } finally {
      setExporting(false)
    }
  }

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-col gap-y-4 px-6 py-4">
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div>
            <Heading level="h1">Insights</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Consumer and Trade side by side, computed from the store's own data.{" "}
              {data && (
                <span>
                  {data.period.from} – {data.period.to}, compared with {data.period.previous.from} –{" "}
                  {data.period.previous.to}.
                </span>
              )}
            </Text>
          </div>
          <Button size="small" variant="secondary" onClick={exportCsv} isLoading={exporting} disabled={!data}>
            Export CSV
          </Button>
        </div>
        <div className="flex flex-wrap items-end gap-3" role="group" aria-label="Period and currency">
          <SelectField
            label="Period"
            size="xsmall"
            triggerClassName="w-44"
            ariaLabel="Period"
            value={params.period ?? ""}
            onValueChange={(period) => setParams({ period })}
            options={PRESETS}
          />
          {custom && (
            <>
              <Field label="From" size="xsmall">
                {(control) => (
                  <Input
                    {...control}
                    type="date"
                    size="small"
                    value={params.from ?? ""}
                    onChange={(e) => setParams({ from: e.target.value })}
                  />
                )}
              </Field>
              <Field label="To" size="xsmall">
                {(control) => (
                  <Input
                    {...control}
                    type="date"
                    size="small"
                    value={params.to ?? ""}
                    onChange={(e) => setParams({ to: e.target.value })}
                  />
                )}
              </Field>
            </>
          )}
          <SelectField
            label="Chart"
            size="xsmall"
            triggerClassName="w-36"
            ariaLabel="Chart buckets"
            value={params.bucket ?? "auto"}
            onValueChange={(bucket) => setParams({ bucket })}
            options={BUCKETS}
          />
          <SelectField
            label="Currency"
            size="xsmall"
            triggerClassName="w-28"
            ariaLabel="Currency"
            value={data?.currency_code ?? params.currency ?? ""}
            onValueChange={(currency) => setParams({ currency })}
            options={(data?.currencies ?? []).map((code) => ({ value: code, label: code.toUpperCase() }))}
            placeholder="…"
          />
          {isFetching && !isLoading && (
            <Text size="xsmall" className="text-ui-fg-subtle" aria-live="polite">
              Updating…
            </Text>
          )}
        </div>
        {isError && (
          <Text size="small" className="text-ui-fg-error" role="alert">
            {errorMessage(error)}
          </Text>
        )}
      </Container>

      {isLoading && !data ? (
        <Container className="flex flex-col gap-y-3 px-6 py-4" aria-busy="true">
          <Skeleton className="h-6 w-64" />
          <Skeleton className="h-40 w-full" />
        </Container>
      ) : data ? (
        <Dashboard overview={data} />
      ) : null}
    </div>
  )
}

const KPI_ROWS: Array<{ key: keyof Overview["kpis"]; label: string; money: boolean }> = [
  { key: "revenue", label: "Revenue", money: true },
  { key: "orders", label: "Orders", money: false },
  { key: "average_order_value", label: "Average order value", money: true },
  { key: "units", label: "Units", money: false },
  { key: "new_customers", label: "New customers", money: false },
  { key: "returning_customers", label: "Returning customers", money: false },
]

const Dashboard = ({ overview }: { overview: Overview }) => {
  const range: PeriodRange = { from: overview.period.from, to: overview.period.to }
  const channelId = (key: ChannelKey | "total") => (key === "total" ? null : overview.channels[key].id)
  const [measure, setMeasure] = useState<"revenue" | "orders">("revenue")
  const currency = overview.currency_code

  const linkFor = (row: keyof Overview["kpis"], column: ChannelKey | "total") =>
    row === "new_customers" || row === "returning_customers"
      ? customersLink({ range: row === "new_customers" ? range : undefined })
      : ordersLink(range, channelId(column))

  return (
    <>
      <Section
        title="Key figures"
        description={`All amounts in ${currency.toUpperCase()}. Canceled orders are left out; refunds are subtracted from revenue. Each figure opens the list behind it.`}
      >
        <div className="overflow-x-auto">
          <table className="w-full txt-compact-small" aria-label="Key figures">
            <thead className="text-ui-fg-subtle">
              <tr className="border-b">
                <th className="px-6 py-3 text-left font-normal">Figure</th>
                {COLUMNS.map((column) => (
                  <th key={column} className="px-6 py-3 text-right font-normal" scope="col">
                    {column === "total" ? "Total" : overview.channels[column].name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {KPI_ROWS.map((row) => (
                <tr key={row.key} className="border-b last:border-b-0">
                  <th scope="row" className="px-6 py-3 text-left font-normal">
                    {row.label}
                  </th>
                  {COLUMNS.map((column) => (
                    <td key={column} className="px-6 py-3 text-right">
                      <FigureCell
                        figure={overview.kpis[row.key][column]}
                        money={row.money}
                        currency={currency}
                        to={linkFor(row.key, column)}
                        testId={`${row.key}-${column}`}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>

      <Section
        title={measure === "revenue" ? "Revenue over time" : "Orders over time"}
        description={`By ${overview.period.bucket}, ${overview.period.from} – ${overview.period.to}`}
        actions={
          <Tabs value={measure} onValueChange={(value) => setMeasure(value as "revenue" | "orders")}>
            <Tabs.List>
              <Tabs.Trigger value="revenue">Revenue</Tabs.Trigger>
              <Tabs.Trigger value="orders">Orders</Tabs.Trigger>
            </Tabs.List>
          </Tabs>
        }
      >
        <SeriesChart overview={overview} measure={measure} />
      </Section>

      <div className="grid grid-cols-1 gap-3 xl:grid-cols-2">
        {(["consumer", "trade"] as const).map((key) => (
          <Section
            key={key}
            title={`Top products: ${overview.channels[key].name}`}
            description="By item revenue (before tax, shipping and discounts)"
          >
            <TopProducts overview={overview} channel={key} />
          </Section>
        ))}
      </div>

      <div className="grid grid-cols-1 gap-3 xl:grid-cols-3">
        <Section title="Cart conversion" description="Carts created in the period and how many became orders">
          <ConversionChart overview={overview} />
          <SplitRows
            rows={[
              {
                label: "Conversion",
                values: overview.conversion,
                render: (v, key) => (
                  <FigureLink to={ordersLink(range, channelId(key))} testId={`conversion-${key}`}>
                    {formatPercent(v.rate_percent)}
                  </FigureLink>
                ),
              },
            ]}
            overview={overview}
          />
        </Section>
        <Section title="Guest vs registered" description="Consumer orders by guests and by customers with an account">
          <GuestShareChart overview={overview} />
          <SplitRows
            overview={overview}
            rows={[
              {
                label: "Guest orders",
                values: overview.guest_share,
                render: (v) => (
                  <FigureLink
                    to={customersLink({ hasAccount: false })}
                  >{`${v.guest_orders} (${formatPercent(v.guest_percent)})`}</FigureLink>
                ),
              },
              {
                label: "Registered orders",
                values: overview.guest_share,
                render: (v) => (
                  <FigureLink to={customersLink({ hasAccount: true })}>{String(v.registered_orders)}</FigureLink>
                ),
              },
            ]}
          />
        </Section>
        <Section title="Cancellations and refunds" description="Not counted in the figures above">
          <SplitRows
            overview={overview}
            rows={[
              {
                label: "Canceled orders",
                values: overview.canceled,
                render: (v, key) => (
                  <FigureLink
                    to={ordersLink(range, channelId(key))}
                  >{`${v.orders} · ${formatMoney(v.value, currency)}`}</FigureLink>
                ),
              },
              {
                label: "Refunded",
                values: overview.refunds,
                render: (v, key) => (
                  <FigureLink
                    to={ordersLink(range, channelId(key))}
                  >{`${formatMoney(v.amount, currency)} (${v.orders})`}</FigureLink>
                ),
              },
            ]}
          />
        </Section>
      </div>

      <div className="grid grid-cols-1 gap-3 xl:grid-cols-2">
        <Section title="Top companies" description="Trade revenue by company">
          <TopCompanies overview={overview} />
        </Section>
        <Section title="Trade figures" description="Shown as soon as the modules behind them are installed">
          <TradeFigures overview={overview} />
        </Section>
      </div>
    </>
  )
}

const FigureLink = ({ to, children, testId }: { to: string; children: ReactNode; testId?: string }) => (
  <Link to={to} className="text-ui-fg-base hover:text-ui-fg-interactive hover:underline" data-figure={testId}>
    {children}
  </Link>
)

const FigureCell = ({
  figure,
  money,
  currency,
  to,
  testId,
}: {
  figure: Figure
  money: boolean
  currency: string
  to: string
  testId: string
}) => (
  <div className="flex flex-col items-end gap-y-1">
    <FigureLink to={to} testId={testId}>
      <span className="txt-compact-medium-plus">
        {money ? formatMoney(figure.value, currency) : formatNumber(figure.value)}
      </span>
    </FigureLink>
    <ChangeBadge figure={figure} />
  </div>
)

// Rows of one table may carry different shapes (canceled vs refunded), hence `any`.
type SplitRow = { label: string; values: Split<any>; render: (value: any, key: ChannelKey | "total") => ReactNode }

function SplitRows({ overview, rows }: { overview: Overview; rows: SplitRow[] }) {
  return (
    <table className="w-full txt-compact-small">
      <thead className="text-ui-fg-subtle">
        <tr className="border-b">
          <th className="px-6 py-2 text-left font-normal">
            <span className="sr-only">Figure</span>
          </th>
          {COLUMNS.map((c) => (
            <th key={c} className="px-3 py-2 text-right font-normal last:pr-6">
              {c === "total" ? CHANNEL_LABELS.total : overview.channels[c].name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label} className="border-b last:border-b-0">
            <th scope="row" className="px-6 py-2 text-left font-normal">
              {row.label}
            </th>
            {COLUMNS.map((c) => (
              <td key={c} className="px-3 py-2 text-right last:pr-6">
                {row.render(row.values[c], c)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

const TopProducts = ({ overview, channel }: { overview: Overview; channel: ChannelKey }) => {
  const products = overview.top_products[channel]
  if (products.length === 0) return <EmptyRow>No sales in this period.</EmptyRow>
  return (
    <ol className="divide-y">
      {products.map((p, index) => (
        <li
          key={p.product_id ?? p.title}
          className="flex items-center justify-between gap-x-4 px-6 py-3 txt-compact-small"
        >
          <span className="min-w-0 truncate">
            <span className="text-ui-fg-muted">{index + 1}. </span>
            {p.product_id ? (
              <Link to={productLink(p.product_id)} className="text-ui-fg-interactive hover:underline">
                {p.title}
              </Link>
            ) : (
              p.title
            )}
          </span>
          <span className="text-ui-fg-subtle whitespace-nowrap">
            {formatNumber(p.units)} units ·{" "}
            <span className="text-ui-fg-base">{formatMoney(p.revenue, overview.currency_code)}</span>
          </span>
        </li>
      ))}
    </ol>
  )
}

const TopCompanies = ({ overview }: { overview: Overview }) => {
  const top = overview.top_companies
  if (!top.available) return <EmptyRow>{top.reason}.</EmptyRow>
  if (top.companies.length === 0) return <EmptyRow>No company orders in this period.</EmptyRow>
  return (
    <ol className="divide-y">
      {top.companies.map((c, index) => (
        <li
          key={c.company_id}
          className="flex items-center justify-between gap-x-4 px-6 py-3 txt-compact-small"
          data-company={c.company_id}
        >
          <span className="min-w-0 truncate">
            <span className="text-ui-fg-muted">{index + 1}. </span>
            <Link to={company360Link(c.company_id)} className="text-ui-fg-interactive hover:underline">
              {c.name}
            </Link>
          </span>
          <span className="text-ui-fg-subtle whitespace-nowrap">
            {c.orders} orders ·{" "}
            <span className="text-ui-fg-base">{formatMoney(c.revenue, overview.currency_code)}</span>
          </span>
        </li>
      ))}
    </ol>
  )
}

const TradeFigures = ({ overview }: { overview: Overview }) => {
  const { quotes, approvals, credit } = overview.trade
  const currency = overview.currency_code
  const hours = (value: number | null) =>
    value === null ? "—" : value < 48 ? `${formatNumber(value)} h` : `${formatNumber(value / 24)} days`
  const rows: Array<{ label: string; value: ReactNode }> = [
    {
      label: "Open quotes",
      value: quotes.available ? (
        `${quotes.open_count} · ${formatMoney(quotes.open_value, currency)}`
      ) : (
        <NotAvailable reason={quotes.reason} />
      ),
    },
    {
      label: "Quote win rate",
      value: quotes.available ? formatPercent(quotes.win_rate) : <NotAvailable reason={quotes.reason} />,
    },
    {
      label: "Median time to acceptance",
      value: quotes.available ? hours(quotes.median_hours_to_accept) : <NotAvailable reason={quotes.reason} />,
    },
    {
      label: "Approvals pending",
      value: approvals.available ? (
        `${approvals.pending_count} · ${formatMoney(approvals.pending_value, currency)}`
      ) : (
        <NotAvailable reason={approvals.reason} />
      ),
    },
    {
      label: "Median approval lead time",
      value: approvals.available ? hours(approvals.median_hours_to_decide) : <NotAvailable reason={approvals.reason} />,
    },
    {
      label: "Credit used / available",
      value: credit.available ? (
        <Link
          to={companiesLink("active")}
          className="hover:text-ui-fg-interactive hover:underline"
          data-figure="credit"
        >
          {formatMoney(credit.used, currency)} / {formatMoney(credit.available_credit, currency)}
        </Link>
      ) : (
        <NotAvailable reason={credit.reason} />
      ),
    },
  ]
  return (
    <>
      <dl className="divide-y">
        {rows.map((row) => (
          <div key={row.label} className="grid grid-cols-2 items-center gap-x-4 px-6 py-3">
            <dt className="text-ui-fg-subtle txt-compact-small">{row.label}</dt>
            <dd className="txt-compact-small text-right">{row.value}</dd>
          </div>
        ))}
      </dl>
      {credit.available && credit.limit > 0 && (
        <div className="px-6 pb-4">
          <CreditChart used={credit.used} available={credit.available_credit} currency={currency} />
          <Text size="xsmall" className="text-ui-fg-subtle">
            {credit.companies} companies on account, {formatMoney(credit.limit, currency)} credit in total
            {credit.over_limit > 0 ? (
              <Badge size="2xsmall" color="red" className="ml-2">
                {credit.over_limit} over limit
              </Badge>
            ) : null}
          </Text>
        </div>
      )}
    </>
  )
}

export const config = defineRouteConfig({
  label: "Insights",
  icon: ChartBar,
})

export default InsightsPage
