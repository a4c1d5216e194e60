import {
  authenticate,
  type AuthenticatedMedusaRequest,
  type MedusaNextFunction,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { resolveCompanyContext } from "@hybrid/plugin-kit/company-context"
import { ON_ACCOUNT_PAYMENT_PROVIDER } from "../../../constants"

type ProviderList = { payment_providers?: { id: string }[]; count?: number } & Record<string, unknown>

/** Whether the caller may pay on account: an employee (not a viewer) of an active company on net terms. */
async function mayPayOnAccount(req: AuthenticatedMedusaRequest): Promise<boolean> {
  const customerId = req.auth_context?.actor_id
  if (!customerId) {
    return false
  }
  const context = await resolveCompanyContext(req.scope, customerId)
  return (
    !!context &&
    context.company.status === "active" &&
    context.company.payment_terms !== "prepaid" &&
    context.employee.role !== "viewer"
  )
}

/**
 * GET /store/payment-providers lists pay on account (`pp_on-account_on-account`) only to callers
 * who may use it (mayPayOnAccount), so no storefront offers guests or consumers a method that the
 * completion refuses (assertNonEmployeeMayCheckout / assertEmployeeMayCheckout still decide).
 */
export async function hideOnAccountFromOthers(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  try {
    if (await mayPayOnAccount(req)) {
      next()
      return
    }
    const json = res.json.bind(res)
    res.json = ((body: ProviderList) => {
      if (!Array.isArray(body?.payment_providers)) {
        return json(body)
      }
      const payment_providers = body.payment_providers.filter((p) => p.id !== ON_ACCOUNT_PAYMENT_PROVIDER)
      const removed = body.payment_providers.length - payment_providers.length
      return json({
        ...body,
        payment_providers,
        ...(typeof body.count === "number" ? { count: body.count - removed } : {}),
      })
    }) as typeof res.json
    next()
  } catch (error) {
    next(error)
  }
}

export const storePaymentProvidersMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/payment-providers",
    methods: ["GET"],
    middlewares: [
      authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }),
      hideOnAccountFromOthers,
    ],
  },
]
