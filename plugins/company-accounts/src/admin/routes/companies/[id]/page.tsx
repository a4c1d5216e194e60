import { Badge, Button, Container, Heading, InlineTip, Skeleton, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { Link, useParams, type UIMatch } from "react-router-dom"
import { ApproveCompanyDrawer } from "../../../components/approve-company-drawer"
import { CompanyStatusBadge } from "../../../components/company-status-badge"
import { EditTermsDrawer } from "../../../components/edit-terms-drawer"
import { RejectCompanyDrawer } from "../../../components/reject-company-drawer"
import { EmptyRow, Fields, Section } from "../../../components/section"
import { useCompany, useOpenOnAccountCommitments, useSettleCommitment, useUpdateCompany } from "../../../lib/companies"
import {
  PAYMENT_TERMS_LABELS,
  ROLE_LABELS,
  SPENDING_PERIOD_LABELS,
  creditUsagePercent,
  customerName,
  errorMessage,
  formatDate,
  formatMoney,
  toNumber,
} from "../../../lib/format"
import type { AdminCompanyDetail, AdminCompanyOrder } from "../../../lib/types"

/** The company's name in the breadcrumb, read from the same query the page uses (one request for both). */
const CompanyBreadcrumb = ({ id }: { id?: string }) => {
  const { data } = useCompany(id)
  return <span>{data?.company.name ?? "Company"}</span>
}

export const handle = {
  breadcrumb: (match: UIMatch) => <CompanyBreadcrumb id={match.params.id} />,
}

const CompanyDetailPage = () => {
  const { id } = useParams()
  const { data, isLoading, isError, error } = useCompany(id)
  const company = data?.company

  if (isError && !company) {
    return (
      <Container className="px-6 py-8" role="alert">
        <Heading level="h1">Company not found</Heading>
        <Text size="small" className="text-ui-fg-subtle mt-2">
          {errorMessage(error)}
        </Text>
        <Button size="small" variant="secondary" className="mt-4" asChild>
          <Link to="/companies">Back to companies</Link>
        </Button>
      </Container>
    )
  }

  if (isLoading && !company) {
    return (
      <Container className="flex flex-col gap-y-3 px-6 py-4" aria-busy="true">
        <Skeleton className="h-7 w-64" />
        <Skeleton className="h-4 w-96" />
      </Container>
    )
  }

  if (!company) {
    return null
  }

  return (
    <div className="flex flex-col gap-y-3 xl:flex-row xl:items-start xl:gap-x-4">
      <div className="flex w-full min-w-0 flex-col gap-y-3">
        <CompanyHeader company={company} />
        <TermsSection company={company} />
        <UnpaidOnAccountSection company={company} />
        <EmployeesSection company={company} />
        <OrdersSection company={company} />
      </div>
      <div className="flex w-full flex-col gap-y-3 xl:max-w-[440px]">
        <DetailsSection company={company} />
        <CustomerGroupSection company={company} />
        <AddressesSection company={company} />
      </div>
    </div>
  )
}

const CompanyHeader = ({ company }: { company: AdminCompanyDetail }) => {
  const [drawer, setDrawer] = useState<"approve" | "reject" | "edit" | null>(null)
  const update = useUpdateCompany()
  const prompt = usePrompt()

  const changeStatus = async (status: "active" | "suspended") => {
    const suspending = status === "suspended"
    const confirmed = await prompt({
      title: suspending ? `Suspend ${company.name}?` : `Reactivate ${company.name}?`,
      description: suspending
        ? "Its employees leave the Trade group: they lose trade prices and cannot place orders until you reactivate the company."
        : "Its employees rejoin the Trade group and can place orders again.",
      confirmText: suspending ? "Suspend" : "Reactivate",
      cancelText: "Cancel",
      variant: suspending ? "danger" : "confirmation",
    })
    if (!confirmed) {
      return
    }
    update.mutate(
      { id: company.id, body: { status } },
      {
        onSuccess: () => toast.success(suspending ? `${company.name} suspended` : `${company.name} reactivated`),
        onError: (err) =>
          toast.error(suspending ? "Could not suspend the company" : "Could not reactivate the company", {
            description: errorMessage(err),
          }),
      }
    )
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-4 px-6 py-4 md:flex-row md:items-start md:justify-between">
        <div className="flex flex-col gap-y-1">
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <Heading level="h1">{company.name}</Heading>
            <CompanyStatusBadge status={company.status} />
          </div>
          <Text size="small" className="text-ui-fg-subtle">
            {company.email}
            {company.phone ? ` · ${company.phone}` : ""}
          </Text>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {/* The company 360 (orders, carts, employees across both portals) is the insights plugin's page. */}
          <Button size="small" variant="transparent" asChild>
            <Link to={`/insights/companies/${company.id}`}>360 view</Link>
          </Button>
          {company.status === "pending" && (
            <>
              <Button size="small" variant="secondary" onClick={() => setDrawer("reject")}>
                Reject
              </Button>
              <Button size="small" onClick={() => setDrawer("approve")}>
                Approve
              </Button>
            </>
          )}
          {(company.status === "active" || company.status === "suspended") && (
            <Button size="small" variant="secondary" onClick={() => setDrawer("edit")}>
              Edit terms &amp; limits
            </Button>
          )}
          {company.status === "active" && (
            <Button size="small" variant="danger" isLoading={update.isPending} onClick={() => changeStatus("suspended")}>
              Suspend
            </Button>
          )}
          {company.status === "suspended" && (
            <Button size="small" isLoading={update.isPending} onClick={() => changeStatus("active")}>
              Reactivate
            </Button>
          )}
        </div>
      </div>
      {company.status === "pending" && (
        <div className="px-6 py-4">
          <InlineTip label="Pending application" variant="info">
            This business applied for a trade account. Its applicant cannot see trade prices until you approve it.
          </InlineTip>
        </div>
      )}
      {company.status === "rejected" && (
        <div className="px-6 py-4">
          <InlineTip label="Rejected" variant="error">
            {company.rejection_reason || "No reason given."}
          </InlineTip>
        </div>
      )}
      {company.status === "suspended" && (
        <div className="px-6 py-4">
          <InlineTip label="Suspended" variant="warning">
            Employees cannot see trade prices or place orders until the company is reactivated.
          </InlineTip>
        </div>
      )}

      <ApproveCompanyDrawer company={company} open={drawer === "approve"} onOpenChange={(open) => setDrawer(open ? "approve" : null)} />
      <RejectCompanyDrawer company={company} open={drawer === "reject"} onOpenChange={(open) => setDrawer(open ? "reject" : null)} />
      <EditTermsDrawer company={company} open={drawer === "edit"} onOpenChange={(open) => setDrawer(open ? "edit" : null)} />
    </Container>
  )
}

const TermsSection = ({ company }: { company: AdminCompanyDetail }) => {
  const currency = company.currency_code
  const credit = company.credit
  const onAccount = company.payment_terms !== "prepaid"
  const percent = creditUsagePercent(credit?.used, credit?.limit ?? company.credit_limit)
  const available = toNumber(credit?.available)

  if (company.status === "pending" || company.status === "rejected") {
    return (
      <Section title="Terms and credit">
        <EmptyRow>
          {company.status === "pending"
            ? "Payment terms, credit limit and spending period are set when you approve the application."
            : "None: the application was rejected."}
        </EmptyRow>
      </Section>
    )
  }

  return (
    <Section title="Terms and credit">
      <Fields
        rows={[
          { label: "Payment terms", value: PAYMENT_TERMS_LABELS[company.payment_terms] ?? company.payment_terms },
          { label: "Credit limit", value: formatMoney(credit?.limit ?? company.credit_limit, currency) },
          { label: "Credit used", value: onAccount || credit ? formatMoney(credit?.used ?? 0, currency) : "—" },
          {
            label: "Credit available",
            value: (
              <span className={available !== null && available <= 0 && onAccount ? "text-ui-fg-error" : undefined}>
                {formatMoney(credit?.available ?? null, currency)}
              </span>
            ),
          },
          { label: "PO number required", value: company.po_required ? "Yes" : "No" },
          { label: "Spending period", value: SPENDING_PERIOD_LABELS[company.spending_period] ?? company.spending_period },
        ]}
      />
      {onAccount && credit && (
        <div className="px-6 py-4">
          <div
            role="meter"
            aria-label="Credit used"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
            aria-valuetext={`${percent}% of the credit limit used`}
            className="bg-ui-bg-switch-off h-2 w-full overflow-hidden rounded-full"
          >
            <div
              className={`h-full rounded-full ${percent >= 90 ? "bg-ui-tag-red-icon" : "bg-ui-tag-green-icon"}`}
              style={{ width: `${percent}%` }}
            />
          </div>
          <Text size="xsmall" className="text-ui-fg-subtle mt-2">
            {percent}% of the credit limit is tied up in unpaid orders on account.
          </Text>
        </div>
      )}
      {!onAccount && (
        <EmptyRow>Prepaid: orders are paid at checkout, so no credit is extended.</EmptyRow>
      )}
    </Section>
  )
}

/** Orders placed on account and not yet paid; marking one paid settles it and frees the credit it holds. */
const UnpaidOnAccountSection = ({ company }: { company: AdminCompanyDetail }) => {
  const hasCreditHistory = company.payment_terms !== "prepaid" || (toNumber(company.credit?.used) ?? 0) > 0
  const { data, isLoading, isError, error } = useOpenOnAccountCommitments(company.id, hasCreditHistory)
  const settle = useSettleCommitment()
  const prompt = usePrompt()

  if (!hasCreditHistory) {
    return null
  }

  const orders = new Map((company.orders ?? []).map((order) => [order.id, order]))
  const employees = new Map((company.employees ?? []).map((employee) => [employee.id, employee]))
  const commitments = data?.commitments ?? []

  const markPaid = async (commitmentId: string, label: string, amount: string) => {
    const confirmed = await prompt({
      title: `Mark ${label} paid?`,
      description: `${amount} is released from ${company.name}'s credit exposure and the order's payment is captured.`,
      confirmText: "Mark paid",
      cancelText: "Cancel",
      variant: "confirmation",
    })
    if (!confirmed) {
      return
    }
    settle.mutate(
      { companyId: company.id, commitmentId },
      {
        onSuccess: () => toast.success(`${label.charAt(0).toUpperCase()}${label.slice(1)} marked paid`),
        onError: (err) => toast.error("Could not mark the order paid", { description: errorMessage(err) }),
      }
    )
  }

  return (
    <Section
      title="Unpaid orders on account"
      actions={
        data ? (
          <Text size="small" className="text-ui-fg-subtle">
            {data.count}
          </Text>
        ) : undefined
      }
    >
      {isLoading ? (
        <div className="px-6 py-4" aria-busy="true">
          <Skeleton className="h-4 w-64" />
        </div>
      ) : isError ? (
        <div className="px-6 py-4" role="alert">
          <Text size="small" className="text-ui-fg-error">
            Could not load unpaid orders: {errorMessage(error)}
          </Text>
        </div>
      ) : commitments.length === 0 ? (
        <EmptyRow>Nothing outstanding: every order on account is paid.</EmptyRow>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Order</Table.HeaderCell>
              <Table.HeaderCell>Placed by</Table.HeaderCell>
              <Table.HeaderCell>Due</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Amount</Table.HeaderCell>
              <Table.HeaderCell className="text-right">
                <span className="sr-only">Actions</span>
              </Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {commitments.map((commitment) => {
              const order = commitment.order_id ? orders.get(commitment.order_id) : undefined
              const label = order?.display_id !== undefined ? `order #${order.display_id}` : "this order"
              const amount = formatMoney(commitment.amount, commitment.currency_code)
              return (
                <Table.Row key={commitment.id}>
                  <Table.Cell>
                    {commitment.order_id ? (
                      <Link to={`/orders/${commitment.order_id}`} className="text-ui-fg-interactive hover:underline">
                        {order?.display_id !== undefined ? `#${order.display_id}` : commitment.order_id}
                      </Link>
                    ) : (
                      "Order being placed"
                    )}
                  </Table.Cell>
                  <Table.Cell>{customerName(employees.get(commitment.employee_id)?.customer)}</Table.Cell>
                  <Table.Cell>{formatDate(order ? orderField(order, "due_date") : null)}</Table.Cell>
                  <Table.Cell className="text-right">{amount}</Table.Cell>
                  <Table.Cell className="text-right">
                    <Button
                      size="small"
                      variant="secondary"
                      disabled={!commitment.order_id || settle.isPending}
                      onClick={() => markPaid(commitment.id, label, amount)}
                    >
                      Mark paid
                    </Button>
                  </Table.Cell>
                </Table.Row>
              )
            })}
          </Table.Body>
        </Table>
      )}
    </Section>
  )
}

const DetailsSection = ({ company }: { company: AdminCompanyDetail }) => (
  <Section title="Company details">
    <Fields
      rows={[
        { label: "Email", value: company.email },
        { label: "Phone", value: company.phone || "—" },
        { label: "VAT id", value: company.vat_id || "—" },
        { label: "Currency", value: company.currency_code.toUpperCase() },
        { label: "Applied", value: formatDate(company.created_at) },
      ]}
    />
  </Section>
)

const CustomerGroupSection = ({ company }: { company: AdminCompanyDetail }) => (
  <Section title="Customer group">
    {company.customer_group_id ? (
      <div className="px-6 py-4">
        <Link
          to={`/customer-groups/${company.customer_group_id}`}
          className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small-plus"
        >
          {company.customer_group?.name ?? `Company: ${company.name}`}
        </Link>
        <Text size="small" className="text-ui-fg-subtle mt-1">
          Target this group with price lists to give the company its own prices.
        </Text>
      </div>
    ) : (
      <EmptyRow>
        {company.status === "rejected"
          ? "None: the application was rejected."
          : "Created when the company is approved."}
      </EmptyRow>
    )}
  </Section>
)

const EmployeesSection = ({ company }: { company: AdminCompanyDetail }) => {
  const employees = company.employees ?? []
  return (
    <Section title="Employees" actions={<Text size="small" className="text-ui-fg-subtle">{employees.length}</Text>}>
      {employees.length === 0 ? (
        <EmptyRow>No employees.</EmptyRow>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Name</Table.HeaderCell>
              <Table.HeaderCell>Email</Table.HeaderCell>
              <Table.HeaderCell>Role</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Spending limit</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {employees.map((employee) => {
              const customerId = employee.customer?.id ?? employee.customer_id
              return (
                <Table.Row key={employee.id}>
                  <Table.Cell>
                    {customerId ? (
                      <Link to={`/customers/${customerId}`} className="text-ui-fg-interactive hover:underline">
                        {customerName(employee.customer)}
                      </Link>
                    ) : (
                      customerName(employee.customer)
                    )}
                  </Table.Cell>
                  <Table.Cell>{employee.customer?.email ?? "—"}</Table.Cell>
                  <Table.Cell>
                    <Badge size="2xsmall" color={employee.role === "admin" ? "blue" : "grey"}>
                      {ROLE_LABELS[employee.role] ?? employee.role}
                    </Badge>
                  </Table.Cell>
                  <Table.Cell className="text-right">
                    {employee.spending_limit === null || employee.spending_limit === undefined
                      ? "No limit"
                      : formatMoney(employee.spending_limit, company.currency_code)}
                  </Table.Cell>
                </Table.Row>
              )
            })}
          </Table.Body>
        </Table>
      )}
    </Section>
  )
}

function orderField(order: AdminCompanyOrder, key: "po_number" | "due_date" | "payment_terms"): string | null {
  const direct = order[key]
  if (direct) {
    return String(direct)
  }
  const fromMetadata = order.metadata?.[key]
  return typeof fromMetadata === "string" && fromMetadata ? fromMetadata : null
}

const OrdersSection = ({ company }: { company: AdminCompanyDetail }) => {
  const orders = company.orders ?? []
  return (
    <Section title="Orders" actions={<Text size="small" className="text-ui-fg-subtle">{orders.length}</Text>}>
      {orders.length === 0 ? (
        <EmptyRow>No orders yet.</EmptyRow>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Order</Table.HeaderCell>
              <Table.HeaderCell>Date</Table.HeaderCell>
              <Table.HeaderCell>PO number</Table.HeaderCell>
              <Table.HeaderCell>Terms</Table.HeaderCell>
              <Table.HeaderCell>Due</Table.HeaderCell>
              <Table.HeaderCell>Payment</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Total</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {orders.map((order) => {
              const terms = orderField(order, "payment_terms") as keyof typeof PAYMENT_TERMS_LABELS | null
              return (
                <Table.Row key={order.id}>
                  <Table.Cell>
                    <Link to={`/orders/${order.id}`} className="text-ui-fg-interactive hover:underline">
                      {order.display_id !== undefined ? `#${order.display_id}` : order.id}
                    </Link>
                  </Table.Cell>
                  <Table.Cell>{formatDate(order.created_at)}</Table.Cell>
                  <Table.Cell>{orderField(order, "po_number") ?? "—"}</Table.Cell>
                  <Table.Cell>{terms ? PAYMENT_TERMS_LABELS[terms] ?? terms : "—"}</Table.Cell>
                  <Table.Cell>{formatDate(orderField(order, "due_date"))}</Table.Cell>
                  <Table.Cell className="capitalize">{order.payment_status?.replace(/_/g, " ") ?? "—"}</Table.Cell>
                  <Table.Cell className="text-right">
                    {formatMoney(order.total ?? null, order.currency_code ?? company.currency_code)}
                  </Table.Cell>
                </Table.Row>
              )
            })}
          </Table.Body>
        </Table>
      )}
    </Section>
  )
}

const AddressesSection = ({ company }: { company: AdminCompanyDetail }) => {
  const addresses = company.addresses ?? []
  return (
    <Section title="Addresses">
      {addresses.length === 0 ? (
        <EmptyRow>No addresses in the company's address book.</EmptyRow>
      ) : (
        <ul className="divide-y">
          {addresses.map((address) => (
            <li key={address.id} className="flex flex-col gap-y-1 px-6 py-4">
              <div className="flex flex-wrap items-center gap-2">
                <Text size="small" weight="plus" leading="compact">
                  {address.label}
                </Text>
                {address.is_shipping && (
                  <Badge size="2xsmall" color="grey">
                    Shipping
                  </Badge>
                )}
                {address.is_billing && (
                  <Badge size="2xsmall" color="grey">
                    Billing
                  </Badge>
                )}
              </div>
              <address className="text-ui-fg-subtle txt-compact-small not-italic">
                {[address.first_name, address.last_name].filter(Boolean).join(" ")}
                {address.company ? `, ${address.company}` : ""}
                <br />
                {address.address_1}
                {address.address_2 ? `, ${address.address_2}` : ""}
                <br />
                {address.postal_code} {address.city}
                {address.province ? `, ${address.province}` : ""}, {address.country_code.toUpperCase()}
                {address.phone && (
                  <>
                    <br />
                    {address.phone}
                  </>
                )}
              </address>
            </li>
          ))}
        </ul>
      )}
    </Section>
  )
}

export default CompanyDetailPage
