import { EmptyRow, ErrorRow, LoadingRow, Section } from "@hybrid/admin-ui"
import { errorMessage } from "@hybrid/admin-ui/format"
import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Badge, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { LifetimeTable, Timeline } from "../components/timeline"
import { useCustomer360 } from "../lib/api"
import { company360Link, customerLink } from "../lib/links"

/**
 * On a customer's page: the person across both portals. Every customer record with the same
 * email (a guest checkout and a registered account are one person), company memberships with
 * role, lifetime figures per channel and currency, and a timeline of orders, carts and memberships.
 */
const Customer360Widget = ({ data: customer }: DetailWidgetProps<HttpTypes.AdminCustomer>) => {
  const { data, isLoading, isError, error } = useCustomer360(customer.id)
  const title = "Across both portals"

  if (isLoading) {
    return (
      <Section title={title}>
        <LoadingRow />
      </Section>
    )
  }
  if (isError || !data) {
    return (
      <Section title={title}>
        <ErrorRow what="the 360 view" reason={errorMessage(error)} />
      </Section>
    )
  }

  const others = data.person.customers.filter((c) => c.id !== customer.id)
  return (
    <Section
      title={title}
      description="Orders in the Consumer and Trade channels, as a guest, with an account and for a company, matched by email."
    >
      <div className="flex flex-col gap-y-2 px-6 py-4" data-section="identity">
        <Text size="small">
          {data.person.customers.length > 1
            ? `${data.person.customers.length} customer records share ${data.person.email}:`
            : `One customer record for ${data.person.email ?? "this customer"}.`}
        </Text>
        {others.length > 0 && (
          <ul className="flex flex-wrap gap-2">
            {data.person.customers.map((c) => (
              <li key={c.id}>
                <Badge size="2xsmall" color={c.has_account ? "blue" : "grey"}>
                  {c.id === customer.id ? (
                    <span>{c.has_account ? "Account (this page)" : "Guest (this page)"}</span>
                  ) : (
                    <Link to={customerLink(c.id)} className="hover:underline">
                      {c.has_account ? "Account" : "Guest"}
                    </Link>
                  )}
                </Badge>
              </li>
            ))}
          </ul>
        )}
        {data.person.companies.length > 0 ? (
          <Text size="small" className="text-ui-fg-subtle">
            Buys for{" "}
            {data.person.companies.map((c, i) => (
              <span key={c.id}>
                {i > 0 ? ", " : ""}
                <Link to={company360Link(c.id)} className="text-ui-fg-interactive hover:underline">
                  {c.name}
                </Link>{" "}
                as {c.role}
              </span>
            ))}
            .
          </Text>
        ) : (
          <Text size="small" className="text-ui-fg-subtle">
            Not a member of any company.
          </Text>
        )}
        <Text size="xsmall" className="text-ui-fg-muted">
          The timeline below shows orders, carts and company memberships.
        </Text>
      </div>
      <LifetimeTable lifetime={data.lifetime} />
      {data.timeline.length === 0 ? <EmptyRow>No activity yet.</EmptyRow> : <Timeline events={data.timeline} />}
    </Section>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.after",
})

export default Customer360Widget
