/**
 * The company-accounts store API as the trade site reads it (plugin @hybrid/company-accounts).
 * Amounts are major units, like every Medusa v2 amount. The site never trusts these for access:
 * the backend scopes and enforces every route; role checks here only decide what to show.
 */

export const EMPLOYEE_ROLES = ["admin", "buyer", "approver", "viewer"] as const;
export type EmployeeRole = (typeof EMPLOYEE_ROLES)[number];

export const COMPANY_STATUSES = ["pending", "active", "suspended", "rejected"] as const;
export type CompanyStatus = (typeof COMPANY_STATUSES)[number];

export const PAYMENT_TERMS = ["prepaid", "net15", "net30", "net60"] as const;
export type PaymentTerms = (typeof PAYMENT_TERMS)[number];

export type SpendingPeriod = "monthly" | "quarterly" | "yearly";

/** Payment provider id of "pay on account" (the plugin's provider as Medusa registers it). */
export const ON_ACCOUNT_PROVIDER = "pp_on-account_on-account";

export interface Company {
  id: string;
  name: string;
  vat_id: string | null;
  email: string;
  phone: string | null;
  currency_code: string;
  status: CompanyStatus;
  payment_terms: PaymentTerms;
  credit_limit: number;
  po_required: boolean;
  spending_period: SpendingPeriod;
  rejection_reason?: string | null;
}

export interface MyEmployee {
  id: string;
  role: EmployeeRole;
  spending_limit: number | null;
}

/** `GET /store/companies/me`. For a pending / rejected company only `company` is meaningful. */
export interface MyCompany {
  company: Company;
  employee: MyEmployee | null;
  spending: { period_start: string | null; spent: number; remaining: number | null; currency_code: string } | null;
  credit: { limit: number; used: number; available: number } | null;
}

export interface Employee {
  id: string;
  role: EmployeeRole;
  spending_limit: number | null;
  customer: { id: string; email: string; first_name: string | null; last_name: string | null };
}

export interface Invite {
  id: string;
  email: string;
  role: EmployeeRole;
  spending_limit: number | null;
  expires_at: string;
  accepted_at: string | null;
  created_at?: string;
}

/** `GET /store/invites/:token` (public). */
export interface PublicInvite {
  email: string;
  role: EmployeeRole;
  expires_at: string;
  company: { name: string };
}

export interface CompanyAddress {
  id: string;
  label: string;
  is_shipping: boolean;
  is_billing: boolean;
  first_name: string;
  last_name: string;
  company: string | null;
  address_1: string;
  address_2: string | null;
  city: string;
  postal_code: string;
  province: string | null;
  country_code: string;
  phone: string | null;
}
