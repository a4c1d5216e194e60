import { applicationBody, cartOf } from "@hybrid/test-kit/fixtures"
import { fuzzCallers, fuzzEveryRoute, type FuzzCallers, type FuzzRoute } from "@hybrid/test-kit/fuzz"
import { integrationSuite } from "@hybrid/test-kit/integration-suite"
import { beforeAll, it } from "vitest"
import * as commitments from "../../src/api/admin/companies/[id]/commitments/validators"
import * as adminCompanies from "../../src/api/admin/companies/validators"
import * as addresses from "../../src/api/store/companies/me/addresses/validators"
import * as tradeDetails from "../../src/api/store/companies/me/carts/[cart_id]/trade-details/validators"
import * as employees from "../../src/api/store/companies/me/employees/validators"
import * as companyInvites from "../../src/api/store/companies/me/invites/validators"
import * as orders from "../../src/api/store/companies/me/orders/validators"
import * as invites from "../../src/api/store/invites/validators"
import * as applications from "../../src/api/store/trade-applications/validators"

/**
 * Every company-accounts route under hostile bodies, queries and path segments generated from its
 * schema (@hybrid/test-kit/fuzz): no answer may be 5xx. FUZZ_SEED=<printed seed> replays a run.
 */
const RUNS_PER_ROUTE = 20

integrationSuite({
  testSuite: ({ api, getContainer }) => {
    let callers: FuzzCallers
    let cartId: string

    beforeAll(async () => {
      callers = await fuzzCallers(api, getContainer(), "Fuzz Companies")
      cartId = await cartOf(api, callers.keys.trade, callers.company.employees.buyer.token)
    })

    it("answers no hostile request of a company-accounts route with a 5xx", async () => {
      const company = { id: () => callers.company.id }
      const employee = { id: () => callers.company.employees.buyer.id }
      const address = { id: () => callers.company.addressId }
      const routes: FuzzRoute[] = [
        { method: "GET", path: "/admin/companies", query: adminCompanies.AdminListCompanies },
        { method: "GET", path: "/admin/companies/:id", params: company },
        { method: "POST", path: "/admin/companies/:id", params: company, body: adminCompanies.AdminUpdateCompany },
        {
          method: "POST",
          path: "/admin/companies/:id/approve",
          params: company,
          body: adminCompanies.AdminApproveCompany,
        },
        {
          method: "POST",
          path: "/admin/companies/:id/reject",
          params: company,
          body: adminCompanies.AdminRejectCompany,
        },
        {
          method: "GET",
          path: "/admin/companies/:id/commitments",
          params: company,
          query: commitments.AdminListCommitments,
        },
        {
          method: "POST",
          path: "/admin/companies/:id/commitments/:commitment_id/settle",
          params: { ...company, commitment_id: () => "spcm_fuzz" },
        },
        { method: "GET", path: "/store/companies/me" },
        { method: "GET", path: "/store/companies/me/employees" },
        {
          method: "POST",
          path: "/store/companies/me/employees/:id",
          params: employee,
          body: employees.StoreUpdateEmployee,
        },
        { method: "GET", path: "/store/companies/me/invites" },
        { method: "POST", path: "/store/companies/me/invites", body: companyInvites.StoreCreateInvite },
        { method: "DELETE", path: "/store/companies/me/invites/:id", params: { id: () => "inv_fuzz" } },
        { method: "GET", path: "/store/companies/me/addresses" },
        { method: "POST", path: "/store/companies/me/addresses", body: addresses.StoreCreateCompanyAddress },
        {
          method: "POST",
          path: "/store/companies/me/addresses/:id",
          params: address,
          body: addresses.StoreUpdateCompanyAddress,
        },
        {
          method: "POST",
          path: "/store/companies/me/carts/:cart_id/trade-details",
          params: { cart_id: () => cartId },
          body: tradeDetails.StoreTradeDetails,
          validBody: () => ({ company_address_id: callers.company.addressId, po_number: "PO-1" }),
        },
        { method: "GET", path: "/store/companies/me/orders", query: orders.StoreListCompanyOrders },
        { method: "GET", path: "/store/companies/me/orders/:id", params: { id: () => "order_fuzz" } },
        {
          method: "POST",
          path: "/store/companies/me/orders/:id/reorder",
          params: { id: () => "order_fuzz" },
          body: orders.StoreReorder,
        },
        {
          method: "POST",
          path: "/store/trade-applications",
          body: applications.StoreSubmitTradeApplication,
          validBody: () => applicationBody(`fuzz-${Math.random().toString(36).slice(2, 8)}`),
        },
        { method: "GET", path: "/store/invites/:token", params: { token: () => "fuzz-token" } },
        {
          method: "POST",
          path: "/store/invites/:token/accept",
          params: { token: () => "fuzz-token" },
          body: invites.StoreAcceptInvite,
        },
      ]
      await fuzzEveryRoute(api, {
        name: "company-accounts",
        validators: [
          commitments,
          adminCompanies,
          addresses,
          tradeDetails,
          employees,
          companyInvites,
          orders,
          invites,
          applications,
        ],
        routes: routes,
        actors: callers.actors,
        runsPerRoute: RUNS_PER_ROUTE,
      })
    }, 600_000)
  },
})
