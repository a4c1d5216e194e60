import type { CompanyContext, CompanyRecord } from "@hybrid/plugin-kit/company-context"

/** The company as its own employees and the merchant see it (no internal metadata). */
export function companyView(company: CompanyRecord) {
  return {
    id: company.id,
    name: company.name,
    vat_id: company.vat_id,
    email: company.email,
    phone: company.phone,
    currency_code: company.currency_code,
    status: company.status,
    payment_terms: company.payment_terms,
    credit_limit: company.credit_limit,
    po_required: company.po_required,
    spending_period: company.spending_period,
    rejection_reason: company.rejection_reason,
    created_at: company.created_at,
    updated_at: company.updated_at,
  }
}

/** One of the caller's memberships, as the company switcher lists it. */
export function membershipView({ company, employee }: CompanyContext, activeCompanyId: string) {
  return {
    id: company.id,
    name: company.name,
    role: employee.role,
    status: company.status,
    active: company.id === activeCompanyId,
  }
}

/** Fields of an employee with their customer, as query.graph reads them (read-only link employee.customer). */
export const EMPLOYEE_FIELDS = [
  "id",
  "role",
  "spending_limit",
  "created_at",
  "customer.id",
  "customer.email",
  "customer.first_name",
  "customer.last_name",
]

export const ADDRESS_FIELDS = [
  "id",
  "label",
  "is_shipping",
  "is_billing",
  "first_name",
  "last_name",
  "company",
  "address_1",
  "address_2",
  "city",
  "postal_code",
  "province",
  "country_code",
  "phone",
  "created_at",
  "updated_at",
] as const

/** An address-book entry without internal columns. */
export function addressView(address: Record<string, unknown>) {
  return Object.fromEntries(ADDRESS_FIELDS.map((field) => [field, address[field] ?? null]))
}

/** An invite as the company admin sees it: never the token (it travels only by email). */
export function inviteView(invite: {
  id: string
  email: string
  role: string
  spending_limit: unknown
  expires_at: Date | string
  accepted_at: Date | string | null
  created_at: Date | string
}) {
  return {
    id: invite.id,
    email: invite.email,
    role: invite.role,
    spending_limit: invite.spending_limit ?? null,
    expires_at: invite.expires_at,
    accepted_at: invite.accepted_at,
    created_at: invite.created_at,
  }
}
