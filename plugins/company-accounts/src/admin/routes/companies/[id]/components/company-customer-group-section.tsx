import { EmptyRow, Section } from "@hybrid/admin-ui"
import { Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { AdminCompanyDetail } from "../../../../lib/types"

/** The customer group approval created for the company: where its own price lists are targeted. */
export const CompanyCustomerGroupSection = ({ company }: { company: AdminCompanyDetail }) => (
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
