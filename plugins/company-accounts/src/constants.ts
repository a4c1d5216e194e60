/** Module and provider names of the company-accounts plugin. */
export const COMPANY_MODULE = "company"
export const ON_ACCOUNT_PROVIDER_ID = "on-account"
/** Payment provider id as Medusa registers it: pp_{identifier}_{id}. */
export const ON_ACCOUNT_PAYMENT_PROVIDER = "pp_on-account_on-account"

// Roles, statuses, terms and periods are part of the company contract other plugins read (the kit's
// CompanyDirectory), so the kit defines them.
export {
  COMPANY_STATUSES,
  EMPLOYEE_ROLES,
  PAYMENT_TERMS,
  SPENDING_PERIODS,
  type CompanyStatus,
  type EmployeeRole,
  type PaymentTerms,
  type SpendingPeriod,
} from "@hybrid/plugin-kit/company-context"
