import { defineMiddlewares } from "@medusajs/framework/http"
import { adminCompaniesMiddlewares } from "./admin/companies/middlewares"
import { storeCompanyMeMiddlewares } from "./store/companies/me/middlewares"
import { storeInvitesMiddlewares } from "./store/invites/middlewares"
import { storeTradeApplicationsMiddlewares } from "./store/trade-applications/middlewares"
import { storeCompanyCartsMiddlewares } from "./store/companies/me/carts/middlewares"
import { storeCompanyOrdersMiddlewares } from "./store/companies/me/orders/middlewares"
import { adminCompanyCommitmentsMiddlewares } from "./admin/companies/[id]/commitments/middlewares"
import { storeThrottleMiddlewares } from "./store/throttles"
import { storePaymentProvidersMiddlewares } from "./store/payment-providers/middlewares"

/**
 * Every route of the plugin, one flat list. Each resource folder exports its own entries (auth,
 * company guard, validation); new resources append their spread at the end.
 */
export default defineMiddlewares({
  routes: [
    ...storeTradeApplicationsMiddlewares,
    ...storeInvitesMiddlewares,
    ...storeCompanyMeMiddlewares,
    ...adminCompaniesMiddlewares,
    ...storeCompanyCartsMiddlewares,
    ...storeCompanyOrdersMiddlewares,
    ...adminCompanyCommitmentsMiddlewares,
    // Throttled public account endpoints (applications, invites): store/throttles.ts.
    ...storeThrottleMiddlewares,
    ...storePaymentProvidersMiddlewares,
  ],
})
