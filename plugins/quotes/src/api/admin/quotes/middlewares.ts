import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import {
  AdminDeclineQuote,
  AdminListQuotes,
  AdminPostQuoteMessage,
  AdminQuoteContractPrices,
  AdminSendQuote,
} from "./validators"

/** The merchant's quote routes (Medusa authenticates every /admin route as an admin user: 401 otherwise). */
export const adminQuotesMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/quotes", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListQuotes, {})] },
  { matcher: "/admin/quotes/:id/send", methods: ["POST"], middlewares: [validateAndTransformBody(AdminSendQuote)] },
  {
    matcher: "/admin/quotes/:id/contract-prices",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminQuoteContractPrices)],
  },
  {
    matcher: "/admin/quotes/:id/decline",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminDeclineQuote)],
  },
  {
    matcher: "/admin/quotes/:id/messages",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminPostQuoteMessage)],
  },
]
