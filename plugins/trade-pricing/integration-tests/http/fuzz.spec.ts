import { cartOf, storeHeaders } from "@hybrid/test-kit/fixtures"
import { fuzzCallers, fuzzEveryRoute, type FuzzCallers, type FuzzRoute } from "@hybrid/test-kit/fuzz"
import { integrationSuite } from "@hybrid/test-kit/integration-suite"
import { beforeAll, expect, it } from "vitest"
import * as admin from "../../src/api/admin/trade-pricing/validators"
import * as store from "../../src/api/store/validators"

/**
 * Every trade-pricing route under hostile bodies, queries and path segments generated from its
 * schema (@hybrid/test-kit/fuzz): no answer may be 5xx. FUZZ_SEED=<printed seed> replays a run.
 */
const RUNS_PER_ROUTE = 25

integrationSuite({
  testSuite: ({ api, getContainer }) => {
    let callers: FuzzCallers
    let cartId: string
    let variantId: string
    let regionId: string
    let priceListId: string

    beforeAll(async () => {
      callers = await fuzzCallers(api, getContainer(), "Fuzz Pricing")
      const buyer = callers.company.employees.buyer.token
      cartId = await cartOf(api, callers.keys.trade, buyer)
      const { data } = await api.get(`/store/carts/${cartId}`, storeHeaders(callers.keys.trade, buyer))
      variantId = data.cart.items[0].variant_id
      regionId = data.cart.region_id
      const adminUser = { headers: callers.actors.adminUser }
      // Any price list will do (the demo's Trade list): the routes' validation is what is fuzzed.
      priceListId = (await api.get("/admin/price-lists?limit=1", adminUser)).data.price_lists[0].id
    })

    it("answers no hostile request of a trade-pricing route with a 5xx", async () => {
      const list = { id: () => priceListId }
      const routes: FuzzRoute[] = [
        { method: "GET", path: "/admin/trade-pricing/quantity-rules", query: admin.AdminListQuantityRules },
        {
          method: "POST",
          path: "/admin/trade-pricing/quantity-rules",
          body: admin.AdminUpsertQuantityRule,
          validBody: () => ({ variant_id: variantId, min_quantity: 1, increment: 1, max_quantity: null }),
        },
        {
          method: "DELETE",
          path: "/admin/trade-pricing/quantity-rules/:variant_id",
          params: { variant_id: () => variantId },
        },
        {
          method: "POST",
          path: "/admin/trade-pricing/price-lists/:id/import",
          params: list,
          body: admin.AdminImportPrices,
          validBody: () => ({ csv: `variant_id,currency_code,amount\n${variantId},eur,12.5\n`, dry_run: true }),
        },
        { method: "GET", path: "/admin/trade-pricing/price-lists/:id/export", params: list },
        { method: "GET", path: "/admin/trade-pricing/imports/:id", params: { id: () => "imp_fuzz" } },
        {
          method: "POST",
          path: "/admin/trade-pricing/companies/:company_id/price-list",
          params: { company_id: () => callers.company.id },
          body: admin.AdminCreateCompanyPriceList,
          validBody: () => ({ prices: [{ variant_id: variantId, currency_code: "eur", amount: 10 }] }),
        },
        { method: "GET", path: "/store/trade-pricing/variants", query: store.StoreSearchVariants },
        { method: "GET", path: "/store/trade-pricing/prices", query: store.StoreExplainPrices },
        {
          method: "POST",
          path: "/store/carts/:id/line-items/bulk",
          params: { id: () => cartId },
          body: store.StoreBulkAddItems,
          validBody: () => ({ items: [{ variant_id: variantId, quantity: 1 }], dry_run: true }),
        },
        { method: "GET", path: "/store/carts/:id/price-explanations", params: { id: () => cartId } },
      ]
      // Valid region for the price routes' other parameters comes from the query generator's names.
      expect(regionId).toBeTruthy()
      await fuzzEveryRoute(api, {
        name: "trade-pricing",
        validators: [admin, store],
        routes: routes,
        actors: callers.actors,
        runsPerRoute: RUNS_PER_ROUTE,
      })
    }, 600_000)
  },
})
