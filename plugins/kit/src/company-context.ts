import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * The contract through which a plugin asks "which company is this customer acting for" without
 * depending on the plugin that keeps companies. The company-accounts plugin implements it: its
 * `company` module's service is registered in Medusa's container under `COMPANY_DIRECTORY` and
 * implements `CompanyDirectory`. Other plugins resolve it with `companyDirectory(container)`, which
 * answers null when no such plugin is installed ("not available"): then no customer acts for a
 * company, `resolveCompanyContext` answers null and `companyGuard` answers 404.
 */

export const EMPLOYEE_ROLES = ["admin", "buyer", "approver", "viewer"] as const
export type EmployeeRole = (typeof EMPLOYEE_ROLES)[number]

export const COMPANY_STATUSES = ["pending", "active", "suspended", "rejected"] as const
export type CompanyStatus = (typeof COMPANY_STATUSES)[number]

export const PAYMENT_TERMS = ["prepaid", "net15", "net30", "net60"] as const
export type PaymentTerms = (typeof PAYMENT_TERMS)[number]

export const SPENDING_PERIODS = ["monthly", "quarterly", "yearly"] as const
export type SpendingPeriod = (typeof SPENDING_PERIODS)[number]

export type CompanyRecord = {
  id: string
  name: string
  vat_id: string | null
  email: string
  phone: string | null
  currency_code: string
  status: CompanyStatus
  payment_terms: PaymentTerms
  credit_limit: number
  po_required: boolean
  spending_period: SpendingPeriod
  rejection_reason: string | null
  metadata: Record<string, unknown> | null
  created_at: Date | string
  updated_at: Date | string
}

export type EmployeeRecord = {
  id: string
  customer_id: string
  role: EmployeeRole
  spending_limit: number | null
  company_id: string
}

/** Who is calling a company route: their employee record and the company it belongs to. */
export type CompanyContext = { employee: EmployeeRecord; company: CompanyRecord }

/**
 * Where a trade cart records the company it belongs to: `cart.metadata[CART_COMPANY_KEY]` (set by
 * company-accounts when the cart is created for, or first used for, a company). A cart is priced,
 * checked and completed under ITS company, never under the company its customer acts for now.
 */
export const CART_COMPANY_KEY = "company_id"

/**
 * How a company's own customer group is recognised: company-accounts creates it with
 * `metadata[COMPANY_GROUP_KEY] = <company id>`. Prices of another company's group never apply to a
 * person acting for (or a cart of) this company (`companyPricingGroups`, ./group-pricing.ts).
 */
export const COMPANY_GROUP_KEY = "company_id"

/** The company a cart belongs to (`metadata.company_id`), or null for a cart of no company. */
export function cartCompanyId(cart: { metadata?: Record<string, unknown> | null } | null | undefined): string | null {
  const value = cart?.metadata?.[CART_COMPANY_KEY]
  return typeof value === "string" && value ? value : null
}

/** Container key of the `CompanyDirectory` (the company-accounts plugin's `company` module). */
export const COMPANY_DIRECTORY = "company"

/** What a plugin may ask about companies. Implemented by the company-accounts plugin. */
export interface CompanyDirectory {
  /**
   * A person may belong to several companies; they act for one at a time, the ACTIVE one (chosen
   * by them, kept server-side, so every browser acts for the same company).
   * Without `companyId`: the active membership (the one last chosen; when none was chosen or it
   * ended, the latest joined), or null when the customer belongs to no company.
   * With `companyId`: the customer's membership of that company, or null when not a member.
   * Any company status: callers decide what a non-active company may do.
   */
  companyContextOf(customerId: string, companyId?: string | null): Promise<CompanyContext | null>
  /** Every membership of the customer, the active one first (empty for a customer of no company). */
  membershipsOf(customerId: string): Promise<CompanyContext[]>
  /** The company's employees, restricted to `roles` when given, in no particular order. */
  companyMembers(companyId: string, roles?: readonly EmployeeRole[]): Promise<EmployeeRecord[]>
}

type Resolver = Pick<MedusaContainer, "resolve">

const isDirectory = (service: unknown): service is CompanyDirectory =>
  typeof (service as CompanyDirectory | undefined)?.companyContextOf === "function" &&
  typeof (service as CompanyDirectory | undefined)?.membershipsOf === "function" &&
  typeof (service as CompanyDirectory | undefined)?.companyMembers === "function"

/** The installed company directory, or null when no plugin provides one. */
export function companyDirectory(container: Resolver): CompanyDirectory | null {
  let service: unknown
  try {
    service = container.resolve(COMPANY_DIRECTORY, { allowUnregistered: true })
  } catch {
    return null
  }
  return isDirectory(service) ? service : null
}

/**
 * The customer's employee record and company, or null (no company, or no company directory
 * installed): the ACTIVE membership, or with `companyId` the membership of that company (null when
 * the customer is not a member of it).
 */
export async function resolveCompanyContext(
  container: Resolver,
  customerId: string,
  companyId?: string | null
): Promise<CompanyContext | null> {
  return (await companyDirectory(container)?.companyContextOf(customerId, companyId ?? undefined)) ?? null
}

/** Every membership of the customer, the active one first (empty without a company directory). */
export async function resolveMemberships(container: Resolver, customerId: string): Promise<CompanyContext[]> {
  return (await companyDirectory(container)?.membershipsOf(customerId)) ?? []
}

const contexts = new WeakMap<object, CompanyContext>()

/** The CompanyContext `companyGuard` resolved for this request. Only valid behind the guard. */
export function companyContext(req: MedusaRequest): CompanyContext {
  const context = contexts.get(req)
  if (!context) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "companyGuard did not run for this route")
  }
  return context
}

export type CompanyGuardOptions = {
  /** Roles allowed on the route. Default: every role. A caller with another role gets 403. */
  roles?: readonly EmployeeRole[]
  /** Company statuses besides `active` that may use the route (only GET /store/companies/me). */
  alsoStatuses?: readonly CompanyStatus[]
}

/** The message every caller without access gets, so no answer reveals whether a company exists. */
export const NO_COMPANY_MESSAGE = "Company not found"

/**
 * Middleware for every route a customer uses on behalf of their company, after
 * `authenticate("customer", ...)`: resolves customer → ACTIVE employee record → company and makes
 * it available through `companyContext(req)`; a person in two companies reaches only the data of
 * the company they act for now.
 * - no customer session: 401;
 * - not an employee, the company is not active (unless listed in `alsoStatuses`), or no company
 *   directory is installed: 404;
 * - role not in `roles`: 403.
 * Ids in the path are NOT checked here: handlers and workflows scope every lookup by the
 * company id from the context, so a foreign id is simply not found (404).
 *
 * @example
 * { matcher: "/store/companies/me/orders", methods: ["GET"],
 *   middlewares: [authenticate("customer", ["session", "bearer"]), companyGuard({ roles: ["admin", "approver"] })] }
 */
export function companyGuard(options: CompanyGuardOptions = {}) {
  return async function companyGuardMiddleware(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
    try {
      const customerId = (req as AuthenticatedMedusaRequest).auth_context?.actor_id
      if (!customerId) {
        throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized")
      }
      const context = await resolveCompanyContext(req.scope, customerId)
      const statuses: readonly CompanyStatus[] = ["active", ...(options.alsoStatuses ?? [])]
      if (!context || !statuses.includes(context.company.status)) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, NO_COMPANY_MESSAGE)
      }
      if (options.roles && !options.roles.includes(context.employee.role)) {
        throw new MedusaError(
          MedusaError.Types.FORBIDDEN,
          `Your role (${context.employee.role}) may not do this; allowed: ${options.roles.join(", ")}`
        )
      }
      contexts.set(req, context)
      next()
    } catch (error) {
      next(error)
    }
  }
}
