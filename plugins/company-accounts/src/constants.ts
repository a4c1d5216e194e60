/** Module and provider names of the company-accounts plugin. */
export const COMPANY_MODULE = "company"
export const ON_ACCOUNT_PROVIDER_ID = "on-account"
/** Payment provider id as Medusa registers it: pp_{identifier}_{id}. */
export const ON_ACCOUNT_PAYMENT_PROVIDER = "pp_on-account_on-account"

export const EMPLOYEE_ROLES = ["admin", "buyer", "approver", "viewer"] as const
export type EmployeeRole = (typeof EMPLOYEE_ROLES)[number]

export const COMPANY_STATUSES = ["pending", "active", "suspended", "rejected"] as const
export type CompanyStatus = (typeof COMPANY_STATUSES)[number]

export const PAYMENT_TERMS = ["prepaid", "net15", "net30", "net60"] as const
export type PaymentTerms = (typeof PAYMENT_TERMS)[number]

export const SPENDING_PERIODS = ["monthly", "quarterly", "yearly"] as const
export type SpendingPeriod = (typeof SPENDING_PERIODS)[number]
