/** Module and provider names of the company-accounts plugin. */
export const COMPANY_MODULE = "company"
export const ON_ACCOUNT_PROVIDER_ID = "on-account"
/** Payment provider id as Medusa registers it: pp_{identifier}_{id}. */
export const ON_ACCOUNT_PAYMENT_PROVIDER = "pp_on-account_on-account"

// Roles, statuses, terms and periods are part of the company contract other plugins read (the kit's
// CompanyDirectory), so the kit defines their types. The values are spelled out here as well
// because the admin bundle must not load the kit (server code, CommonJS) for four lists;
// constants.test.ts fails if the two ever differ.
import type { CompanyStatus, EmployeeRole, PaymentTerms, SpendingPeriod } from "@hybrid/plugin-kit/company-context"

export type { CompanyStatus, EmployeeRole, PaymentTerms, SpendingPeriod }
export const EMPLOYEE_ROLES = ["admin", "buyer", "approver", "viewer"] as const satisfies readonly EmployeeRole[]
export const COMPANY_STATUSES = [
  "pending",
  "active",
  "suspended",
  "rejected",
] as const satisfies readonly CompanyStatus[]
export const PAYMENT_TERMS = ["prepaid", "net15", "net30", "net60"] as const satisfies readonly PaymentTerms[]
export const SPENDING_PERIODS = ["monthly", "quarterly", "yearly"] as const satisfies readonly SpendingPeriod[]
