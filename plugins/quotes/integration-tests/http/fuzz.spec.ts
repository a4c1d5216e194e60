import { cartOf, storeHeaders } from "@hybrid/test-kit/fixtures"
import { fuzzCallers, fuzzEveryRoute, type FuzzCallers, type FuzzRoute } from "@hybrid/test-kit/fuzz"
import { integrationSuite } from "@hybrid/test-kit/integration-suite"
import { beforeAll, it } from "vitest"
import * as admin from "../../src/api/admin/quotes/validators"
import * as store from "../../src/api/store/quotes/validators"

/**
 * Every quotes route under hostile bodies, queries and path segments generated from its schema
 * (@hybrid/test-kit/fuzz): no answer may be 5xx. FUZZ_SEED=<printed seed> replays a run.
 */
const RUNS_PER_ROUTE = 25

integrationSuite({
  testSuite: ({ api, getContainer }) => {
    let callers: FuzzCallers
    let quoteId: string
    let lineId: string
    let variantId: string

    beforeAll(async () => {
      callers = await fuzzCallers(api, getContainer(), "Fuzz Quotes")
      const buyer = storeHeaders(callers.keys.trade, callers.company.employees.buyer.token)
      const cartId = await cartOf(api, callers.keys.trade, callers.company.employees.buyer.token)
      const { data } = await api.post("/store/quotes", { cart_id: cartId, message: "Fuzz" }, buyer)
      quoteId = data.quote.id
      lineId = data.quote.lines[0].id
      variantId = data.quote.lines[0].variant_id
    })

    it("answers no hostile request of a quotes route with a 5xx", async () => {
      const id = { id: () => quoteId }
      const sendBody = () => ({ lines: [{ id: lineId, quantity: 2, unit_price: 10 }] })
      const routes: FuzzRoute[] = [
        { method: "GET", path: "/admin/quotes", query: admin.AdminListQuotes },
        { method: "GET", path: "/admin/quotes/:id", params: id },
        { method: "POST", path: "/admin/quotes/:id/send", params: id, body: admin.AdminSendQuote, validBody: sendBody },
        { method: "POST", path: "/admin/quotes/:id/contract-prices", params: id, body: admin.AdminQuoteContractPrices },
        { method: "POST", path: "/admin/quotes/:id/decline", params: id, body: admin.AdminDeclineQuote },
        { method: "POST", path: "/admin/quotes/:id/messages", params: id, body: admin.AdminPostQuoteMessage },
        {
          method: "POST",
          path: "/store/quotes",
          body: store.StoreRequestQuote,
          validBody: () => ({ cart_id: "cart_fuzz", message: "Fuzz", variant: variantId }),
        },
        { method: "GET", path: "/store/quotes", query: store.StoreListQuotes },
        { method: "GET", path: "/store/quotes/:id", params: id },
        { method: "POST", path: "/store/quotes/:id/messages", params: id, body: store.StorePostQuoteMessage },
        { method: "POST", path: "/store/quotes/:id/reject", params: id, body: store.StoreRejectQuote },
        {
          method: "POST",
          path: "/store/quotes/:id/accept",
          params: id,
          body: store.StoreAcceptQuote,
          validBody: () => ({ company_address_id: callers.company.addressId }),
        },
        {
          method: "POST",
          path: "/store/quotes/:id/cart",
          params: id,
          body: store.StorePrepareQuoteCart,
          validBody: () => ({ company_address_id: callers.company.addressId }),
        },
      ]
      await fuzzEveryRoute(api, {
        name: "quotes",
        validators: [admin, store],
        routes: routes,
        actors: callers.actors,
        runsPerRoute: RUNS_PER_ROUTE,
      })
    }, 600_000)
  },
})
