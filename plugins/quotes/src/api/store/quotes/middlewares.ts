import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { companyGuard } from "@hybrid/plugin-kit/company-context"
import {
  StoreAcceptQuote,
  StoreListQuotes,
  StorePostQuoteMessage,
  StorePrepareQuoteCart,
  StoreRejectQuote,
  StoreRequestQuote,
} from "./validators"

const customer = authenticate("customer", ["session", "bearer"])
/** Roles that may act on quotes; viewers only read (403 on writes). */
const ACTING_ROLES = ["admin", "approver", "buyer"] as const

/**
 * Store quote routes: a signed-in employee of an active company (404 "Company not found"
 * otherwise). Scope per quote (company admin: the company's; others: their own) is applied in the
 * handlers and workflows, so foreign quotes answer 404.
 */
export const storeQuotesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/quotes",
    methods: ["POST"],
    middlewares: [customer, companyGuard({ roles: ACTING_ROLES }), validateAndTransformBody(StoreRequestQuote)],
  },
  {
    matcher: "/store/quotes",
    methods: ["GET"],
    middlewares: [customer, companyGuard(), validateAndTransformQuery(StoreListQuotes, {})],
  },
  {
    matcher: "/store/quotes/:id",
    methods: ["GET"],
    middlewares: [customer, companyGuard()],
  },
  {
    matcher: "/store/quotes/:id/messages",
    methods: ["POST"],
    middlewares: [customer, companyGuard(), validateAndTransformBody(StorePostQuoteMessage)],
  },
  {
    matcher: "/store/quotes/:id/reject",
    methods: ["POST"],
    middlewares: [customer, companyGuard({ roles: ACTING_ROLES }), validateAndTransformBody(StoreRejectQuote)],
  },
  {
    matcher: "/store/quotes/:id/accept",
    methods: ["POST"],
    middlewares: [customer, companyGuard({ roles: ACTING_ROLES }), validateAndTransformBody(StoreAcceptQuote)],
  },
  {
    matcher: "/store/quotes/:id/cart",
    methods: ["POST"],
    middlewares: [customer, companyGuard({ roles: ACTING_ROLES }), validateAndTransformBody(StorePrepareQuoteCart)],
  },
]
