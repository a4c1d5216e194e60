import { cartOf, storeHeaders } from "@hybrid/test-kit/fixtures"
import { fuzzCallers, fuzzEveryRoute, type FuzzCallers, type FuzzRoute } from "@hybrid/test-kit/fuzz"
import { integrationSuite } from "@hybrid/test-kit/integration-suite"
import { beforeAll, it } from "vitest"
import * as admin from "../../src/api/admin/approvals/validators"
import * as store from "../../src/api/store/approvals/validators"

/**
 * Every approvals route under hostile bodies, queries and path segments generated from its schema
 * (@hybrid/test-kit/fuzz): no answer may be 5xx. FUZZ_SEED=<printed seed> replays a run.
 */
const RUNS_PER_ROUTE = 25

integrationSuite({
  testSuite: ({ api, getContainer }) => {
    let callers: FuzzCallers
    let cartId: string
    let approvalId: string

    beforeAll(async () => {
      callers = await fuzzCallers(api, getContainer(), "Fuzz Approvals")
      const asAdmin = storeHeaders(callers.keys.trade, callers.company.employees.admin.token)
      const asBuyer = storeHeaders(callers.keys.trade, callers.company.employees.buyer.token)
      await api.post("/store/approvals/settings", { amount_threshold: 0, amount_applies_to: ["buyer"] }, asAdmin)
      cartId = await cartOf(api, callers.keys.trade, callers.company.employees.buyer.token)
      const { data } = await api.post(`/store/carts/${cartId}/approval`, { comment: "Fuzz" }, asBuyer)
      approvalId = data.approval.id
    })

    it("answers no hostile request of an approvals route with a 5xx", async () => {
      const approval = { id: () => approvalId }
      const routes: FuzzRoute[] = [
        {
          method: "POST",
          path: "/admin/approvals/merchant-review-rules",
          body: admin.AdminSaveMerchantReviewRule,
          validBody: () => ({ currency_code: "eur", amount_threshold: 100 }),
        },
        { method: "GET", path: "/admin/approvals/merchant-review-rules" },
        { method: "GET", path: "/admin/approvals/reviews", query: admin.AdminListMerchantReviews },
        {
          method: "POST",
          path: "/admin/approvals/reviews/:id/approve",
          params: approval,
          body: admin.AdminApproveMerchantReview,
        },
        {
          method: "POST",
          path: "/admin/approvals/reviews/:id/reject",
          params: approval,
          body: admin.AdminRejectMerchantReview,
        },
        { method: "GET", path: "/admin/approvals/orders/:order_id", params: { order_id: () => "order_fuzz" } },
        { method: "GET", path: "/store/approvals/settings" },
        { method: "POST", path: "/store/approvals/settings", body: store.StoreSaveApprovalSettings },
        { method: "GET", path: "/store/approvals", query: store.StoreListApprovals },
        { method: "GET", path: "/store/approvals/:id", params: approval },
        { method: "POST", path: "/store/approvals/:id/approve", params: approval, body: store.StoreApproveApproval },
        { method: "POST", path: "/store/approvals/:id/reject", params: approval, body: store.StoreRejectApproval },
        { method: "GET", path: "/store/carts/:id/approval", params: { id: () => cartId } },
        {
          method: "POST",
          path: "/store/carts/:id/approval",
          params: { id: () => cartId },
          body: store.StoreSubmitApproval,
        },
        { method: "DELETE", path: "/store/carts/:id/approval", params: { id: () => cartId } },
      ]
      await fuzzEveryRoute(api, {
        name: "approvals",
        validators: [admin, store],
        routes: routes,
        actors: callers.actors,
        runsPerRoute: RUNS_PER_ROUTE,
      })
    }, 600_000)
  },
})
