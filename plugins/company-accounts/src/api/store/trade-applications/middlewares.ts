import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreSubmitTradeApplication } from "./validators"

/** Public: anyone with the publishable key may apply. */
export const storeTradeApplicationsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/trade-applications",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(StoreSubmitTradeApplication)],
  },
]
