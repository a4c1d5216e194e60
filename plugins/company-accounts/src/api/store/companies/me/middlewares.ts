import { authenticate, validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { companyGuard } from "@hybrid/plugin-kit/company-context"
import { StoreCreateCompanyAddress, StoreUpdateCompanyAddress } from "./addresses/validators"
import { StoreUpdateEmployee } from "./employees/validators"
import { StoreCreateInvite } from "./invites/validators"
import { StoreSetActiveCompany } from "./active/validators"

const customer = () => authenticate("customer", ["session", "bearer"])
const admins = () => companyGuard({ roles: ["admin"] })

/**
 * The signed-in employee's company (the one they act for now): GET /me for any role (also while the
 * application is pending or rejected), switching company (POST /me/active), the company cart; team and invites for company admins; addresses readable by every role, written by
 * admins. The guard runs before validation, so a caller without access never learns more than 401/404/403.
 */
export const storeCompanyMeMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/companies/me",
    methods: ["GET"],
    middlewares: [customer(), companyGuard({ alsoStatuses: ["pending", "rejected"] })],
  },
  // Switching company needs only a session: the company acted for now may be suspended, and the
  // route itself admits only an active company the caller belongs to.
  {
    matcher: "/store/companies/me/active",
    methods: ["POST"],
    middlewares: [customer(), validateAndTransformBody(StoreSetActiveCompany)],
  },
  { matcher: "/store/companies/me/cart", methods: ["GET"], middlewares: [customer(), companyGuard()] },
  { matcher: "/store/companies/me/employees", methods: ["GET"], middlewares: [customer(), admins()] },
  {
    matcher: "/store/companies/me/employees/:id",
    methods: ["POST"],
    middlewares: [customer(), admins(), validateAndTransformBody(StoreUpdateEmployee)],
  },
  { matcher: "/store/companies/me/employees/:id", methods: ["DELETE"], middlewares: [customer(), admins()] },
  { matcher: "/store/companies/me/invites", methods: ["GET"], middlewares: [customer(), admins()] },
  {
    matcher: "/store/companies/me/invites",
    methods: ["POST"],
    middlewares: [customer(), admins(), validateAndTransformBody(StoreCreateInvite)],
  },
  { matcher: "/store/companies/me/invites/:id", methods: ["DELETE"], middlewares: [customer(), admins()] },
  { matcher: "/store/companies/me/addresses", methods: ["GET"], middlewares: [customer(), companyGuard()] },
  {
    matcher: "/store/companies/me/addresses",
    methods: ["POST"],
    middlewares: [customer(), admins(), validateAndTransformBody(StoreCreateCompanyAddress)],
  },
  {
    matcher: "/store/companies/me/addresses/:id",
    methods: ["POST"],
    middlewares: [customer(), admins(), validateAndTransformBody(StoreUpdateCompanyAddress)],
  },
  { matcher: "/store/companies/me/addresses/:id", methods: ["DELETE"], middlewares: [customer(), admins()] },
]
