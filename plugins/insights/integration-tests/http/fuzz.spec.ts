import { fuzzCallers, fuzzEveryRoute, type FuzzCallers, type FuzzRoute } from "@hybrid/test-kit/fuzz"
import { integrationSuite } from "@hybrid/test-kit/integration-suite"
import { beforeAll, it } from "vitest"
import * as insights from "../../src/api/admin/insights/validators"

/**
 * Every insights route under hostile queries and path segments generated from its schema
 * (@hybrid/test-kit/fuzz): no answer may be 5xx. FUZZ_SEED=<printed seed> replays a run.
 */
const RUNS_PER_ROUTE = 25

integrationSuite({
  testSuite: ({ api, getContainer }) => {
    let callers: FuzzCallers

    beforeAll(async () => {
      callers = await fuzzCallers(api, getContainer(), "Fuzz Insights")
    })

    it("answers no hostile request of an insights route with a 5xx", async () => {
      const routes: FuzzRoute[] = [
        { method: "GET", path: "/admin/insights/overview", query: insights.AdminInsightsOverview },
        { method: "GET", path: "/admin/insights/overview/csv", query: insights.AdminInsightsOverview },
        { method: "GET", path: "/admin/insights/companies/:id", params: { id: () => callers.company.id } },
        {
          method: "GET",
          path: "/admin/insights/customers/:id",
          params: { id: () => callers.company.employees.buyer.customerId },
        },
      ]
      await fuzzEveryRoute(api, {
        name: "insights",
        validators: [insights],
        routes: routes,
        actors: callers.actors,
        runsPerRoute: RUNS_PER_ROUTE,
      })
    }, 600_000)
  },
})
