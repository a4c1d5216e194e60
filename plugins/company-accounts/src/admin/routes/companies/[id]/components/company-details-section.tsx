import { Fields, Section } from "@hybrid/admin-ui"
import { formatDate } from "@hybrid/admin-ui/format"
import type { AdminCompanyDetail } from "../../../../lib/types"

/** What the company gave when it applied: contact, VAT id, currency. */
export const CompanyDetailsSection = ({ company }: { company: AdminCompanyDetail }) => (
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
