import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { COMPANY_MODULE, type CompanyStatus, type EmployeeRole, type PaymentTerms, type SpendingPeriod } from "../constants"
import type CompanyModuleService from "../modules/company/service"

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

type Resolver = Pick<MedusaContainer, "resolve">

/** The company module's service, typed. */
export function companyService(container: Resolver): CompanyModuleService {
  return container.resolve<CompanyModuleService>(COMPANY_MODULE)
}

/**
 * The employee record of a customer and its company, or null when the customer belongs to no
 * company. Any company status; callers decide what a non-active company may do.
 */
export async function resolveCompanyContext(
  container: Resolver,
  customerId: string
): Promise<CompanyContext | null> {
  const [employee] = await companyService(container).listEmployees(
    { customer_id: customerId },
    { relations: ["company"], take: 1 }
  )
  if (!employee?.company) {
    return null
  }
  const { company, ...rest } = employee as unknown as EmployeeRecord & { company: CompanyRecord }
  return { employee: { ...rest, company_id: company.id }, company }
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
 * Middleware for every /store/companies/me* route, after `authenticate("customer", ...)`:
 * resolves customer → employee → company and makes it available through `companyContext(req)`.
 * - no customer session: 401;
 * - not an employee, or the company is not active (unless listed in `alsoStatuses`): 404;
 * - role not in `roles`: 403.
 * Ids in the path are NOT checked here: handlers and workflows scope every lookup by the
 * company id from the context, so a foreign id is simply not found (404).
 *
 * @example
 * { matcher: "/store/companies/me/orders", methods: ["GET"],
 *   middlewares: [authenticate("customer", ["session", "bearer"]), companyGuard({ roles: ["admin", "approver"] })] }
 */
export function companyGuard(options: CompanyGuardOptions = {}) {
  return async function companyGuardMiddleware(
    req: MedusaRequest,
    _res: MedusaResponse,
    next: MedusaNextFunction
  ) {
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
