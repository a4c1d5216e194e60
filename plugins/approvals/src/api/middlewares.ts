import { defineMiddlewares } from "@medusajs/framework/http"
import { adminApprovalsMiddlewares } from "./admin/approvals/middlewares"
import { storeApprovalsMiddlewares } from "./store/approvals/middlewares"
import { storeCartApprovalMiddlewares } from "./store/carts/middlewares"

/**
 * Every route of the plugin, one flat list: the approvals inbox and rules, the cart's approval and
 * the cart lock on Medusa's cart edit routes, the merchant's review routes and the fulfilment gate.
 */
export default defineMiddlewares({
  routes: [...storeApprovalsMiddlewares, ...storeCartApprovalMiddlewares, ...adminApprovalsMiddlewares],
})
