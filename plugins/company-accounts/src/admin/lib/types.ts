import type { CompanyStatus, EmployeeRole, PaymentTerms, SpendingPeriod } from "../../constants"

/**
 * Shapes of the plugin's admin API as the dashboard reads them (the routes in src/api/admin).
 * Money fields are bigNumbers: serialised as numbers in major units, tolerated as strings.
 */
export type Amount = number | string

export type AdminCompany = {
  id: string
  name: string
  vat_id: string | null
  email: string
  phone: string | null
  currency_code: string
  status: CompanyStatus
  payment_terms: PaymentTerms
  credit_limit: Amount
  po_required: boolean
  spending_period: SpendingPeriod
  rejection_reason: string | null
  metadata?: Record<string, unknown> | null
  created_at?: string
  updated_at?: string
}

export type AdminCompanyEmployee = {
  id: string
  role: EmployeeRole
  spending_limit: Amount | null
  customer_id?: string
  customer?: {
    id: string
    email: string
    first_name: string | null
    last_name: string | null
  } | null
}

export type AdminCompanyAddress = {
  id: string
  label: string
  is_shipping: boolean
  is_billing: boolean
  first_name: string
  last_name: string
  company: string | null
  address_1: string
  address_2: string | null
  city: string
  postal_code: string
  province: string | null
  country_code: string
  phone: string | null
}

export type AdminCompanyOrder = {
  id: string
  display_id?: number
  created_at?: string
  status?: string
  payment_status?: string
  total?: Amount
  currency_code?: string
  email?: string
  po_number?: string | null
  payment_terms?: PaymentTerms | null
  due_date?: string | null
  metadata?: Record<string, unknown> | null
}

export type AdminCompanyCredit = {
  limit: Amount
  used: Amount
  available: Amount
}

export type AdminCompanyDetail = AdminCompany & {
  employees?: AdminCompanyEmployee[]
  addresses?: AdminCompanyAddress[]
  customer_group_id?: string | null
  customer_group?: { id: string; name: string } | null
  credit?: AdminCompanyCredit
  orders?: AdminCompanyOrder[]
}

export type AdminCompanyListResponse = {
  companies: AdminCompany[]
  count: number
  limit: number
  offset: number
}

export type AdminCompanyResponse = { company: AdminCompanyDetail }

export type AdminCompanyListQuery = {
  q?: string
  status?: CompanyStatus
  customer_id?: string
  limit?: number
  offset?: number
}

/** Body of POST /admin/companies/:id/approve. */
export type ApproveCompanyBody = {
  payment_terms: PaymentTerms
  credit_limit: number
  po_required?: boolean
  spending_period?: SpendingPeriod
}

/** Body of POST /admin/companies/:id/reject. */
export type RejectCompanyBody = { reason: string }

/** Body of POST /admin/companies/:id. */
export type UpdateCompanyBody = {
  name?: string
  payment_terms?: PaymentTerms
  credit_limit?: number
  po_required?: boolean
  spending_period?: SpendingPeriod
  status?: "active" | "suspended"
}

/** A spend_commitment as GET /admin/companies/:id/commitments returns it. */
export type AdminSpendCommitment = {
  id: string
  employee_id: string
  cart_id: string
  order_id: string | null
  amount: Amount
  currency_code: string
  on_account: boolean
  period_start: string
  settled_at: string | null
  created_at?: string
}

export type AdminCommitmentListResponse = {
  commitments: AdminSpendCommitment[]
  count: number
  limit: number
  offset: number
}
