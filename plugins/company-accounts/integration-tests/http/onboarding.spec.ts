import { describe, expect, it } from "vitest"
import type { IAuthModuleService, ICustomerModuleService, INotificationModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { integrationSuite } from "@hybrid/test-kit/integration-suite"
import {
  applicationBody,
  applyForTrade,
  approve,
  customerToken,
  failure,
  PASSWORD,
  priceOf,
  storeHeaders,
} from "@hybrid/test-kit/fixtures"
import { COMPANY_MODULE } from "../../src/constants"
import type CompanyModuleService from "../../src/modules/company/service"

integrationSuite({
  testSuite: ({ api, getContainer, store }) => {
    const companies = () => getContainer().resolve<CompanyModuleService>(COMPANY_MODULE)
    const customers = () => getContainer().resolve<ICustomerModuleService>(Modules.CUSTOMER)
    const notificationsTo = (to: string) =>
      getContainer().resolve<INotificationModuleService>(Modules.NOTIFICATION).listNotifications({ to })

    describe("trade application", () => {
      it("creates the account, a pending company and the applicant as its admin; pending means consumer prices", async () => {
        const consumerPrice = await priceOf(api, store.tradeKey, store.eur)
        const { status, application, token, email } = await applyForTrade(api, store.tradeKey, "acme")
        expect(status).toBe(202)
        expect(application).toEqual({ company_id: expect.stringMatching(/^comp_/), status: "pending" })

        const me = await api.get("/store/companies/me", storeHeaders(store.tradeKey, token))
        expect(me.data.company).toMatchObject({
          id: application.company_id,
          name: "acme GmbH",
          status: "pending",
          vat_id: "DE123456789",
        })
        expect(me.data.employee).toMatchObject({ role: "admin", spending_limit: null })
        expect(me.data.spending).toMatchObject({ spent: 0, remaining: null, currency_code: "eur" })
        expect(me.data.credit).toEqual({ limit: 0, used: 0, available: 0 })

        // Pending: signed in, but no trade prices and no other company route.
        const price = await priceOf(api, store.tradeKey, store.eur, token)
        expect(price.isTrade).toBe(false)
        expect(price.amount).toBe(consumerPrice.amount)
        const trade = await api.get("/store/trade/me", storeHeaders(store.tradeKey, token))
        expect(trade.data.is_trade).toBe(false)
        expect(
          (await failure(api.get("/store/companies/me/addresses", storeHeaders(store.tradeKey, token)))).status
        ).toBe(404)

        const sent = await notificationsTo(email)
        expect(sent.map((n) => n.template)).toEqual(["company.application_received"])
        expect(sent[0].channel).toBe("email")
      })

      it("approval activates the company, gives it its own group and trade prices; the applicant is told", async () => {
        const { application, token, email } = await applyForTrade(api, store.tradeKey, "bistro")
        const company = await approve(api, store.admin, application.company_id, {
          payment_terms: "net30",
          credit_limit: 2500,
          po_required: true,
        })
        expect(company).toMatchObject({
          status: "active",
          payment_terms: "net30",
          credit_limit: 2500,
          po_required: true,
          customer_group_id: expect.stringMatching(/^cusgroup_/),
          credit: { limit: 2500, used: 0, available: 2500 },
        })
        const [group] = await customers().listCustomerGroups({ id: company.customer_group_id })
        expect(group.name).toBe("Company: bistro GmbH")

        const price = await priceOf(api, store.tradeKey, store.eur, token)
        expect(price.isTrade).toBe(true)
        expect(price.amount).toBeLessThan(price.original)
        const trade = await api.get("/store/trade/me", storeHeaders(store.tradeKey, token))
        expect(trade.data.is_trade).toBe(true)
        expect(trade.data.groups.map((g: any) => g.name).sort()).toEqual(["Company: bistro GmbH", "Trade"])

        const me = await api.get("/store/companies/me", storeHeaders(store.tradeKey, token))
        expect(me.data.company.status).toBe("active")
        expect(me.data.credit).toEqual({ limit: 2500, used: 0, available: 2500 })

        const templates = (await notificationsTo(email)).map((n) => n.template).sort()
        expect(templates).toEqual(["company.application_approved", "company.application_received"])

        const again = await failure(
          api.post(
            `/admin/companies/${application.company_id}/approve`,
            { payment_terms: "net15", credit_limit: 1 },
            store.admin
          )
        )
        expect(again.status).toBe(400)
        expect(again.data.message).toContain("active")
      })

      it("rejection keeps the applicant on consumer prices with the reason visible to them", async () => {
        const { application, token, email } = await applyForTrade(api, store.tradeKey, "rejected")
        const { data } = await api.post(
          `/admin/companies/${application.company_id}/reject`,
          { reason: "Not a business" },
          store.admin
        )
        expect(data.company).toMatchObject({ status: "rejected", rejection_reason: "Not a business" })
        const me = await api.get("/store/companies/me", storeHeaders(store.tradeKey, token))
        expect(me.data.company).toMatchObject({ status: "rejected", rejection_reason: "Not a business" })
        expect((await priceOf(api, store.tradeKey, store.eur, token)).isTrade).toBe(false)
        expect(
          (await failure(api.get("/store/companies/me/employees", storeHeaders(store.tradeKey, token)))).status
        ).toBe(404)
        expect((await notificationsTo(email)).map((n) => n.template)).toContain("company.application_rejected")
        const approveLater = await failure(
          api.post(
            `/admin/companies/${application.company_id}/approve`,
            { payment_terms: "net30", credit_limit: 1 },
            store.admin
          )
        )
        expect(approveLater.status).toBe(400)
      })

      it("CONCURRENCY: five approvals and a rejection of one application at the same instant decide it once", async () => {
        const { application, email } = await applyForTrade(api, store.tradeKey, "race")
        const id = application.company_id
        const status = (request: Promise<{ status: number }>) =>
          request.then(
            (response) => response.status,
            (error) => error?.response?.status ?? Promise.reject(error)
          )
        const results = await Promise.all([
          ...Array.from({ length: 5 }, () =>
            status(
              api.post(`/admin/companies/${id}/approve`, { payment_terms: "net30", credit_limit: 100 }, store.admin)
            )
          ),
          status(api.post(`/admin/companies/${id}/reject`, { reason: "Duplicate" }, store.admin)),
        ])
        expect(results.filter((s) => s === 200)).toHaveLength(1)
        expect(results.filter((s) => s === 400)).toHaveLength(5)

        const [company] = await companies().listCompanies({ id })
        const { data: linked } = await getContainer()
          .resolve("query")
          .graph({ entity: "company", fields: ["id", "customer_group.id"], filters: { id } })
        const groups = await customers().listCustomerGroups({ name: `Company: ${company.name}` })
        if (company.status === "active") {
          expect(linked[0].customer_group?.id).toBe(groups[0].id)
          expect(groups).toHaveLength(1)
        } else {
          expect(company.status).toBe("rejected")
          expect(groups).toHaveLength(0)
        }
        const decisions = (await notificationsTo(email))
          .map((n) => n.template)
          .filter((t) => t !== "company.application_received")
        expect(decisions).toHaveLength(1)
      })

      it("a second application with the same email is answered like the first, creates nothing and tells the owner", async () => {
        const first = await applyForTrade(api, store.tradeKey, "twice")
        const before = await companies().listCompanies({})
        const duplicate = await api.post(
          "/store/trade-applications",
          applicationBody("twice", { company: { name: "Other Name" } }),
          storeHeaders(store.tradeKey)
        )
        expect(duplicate.status).toBe(202)
        expect(duplicate.data).toEqual(first.answer)
        expect((await companies().listCompanies({})).length).toBe(before.length)

        // Same email in another case is the same person.
        const shouting = await api.post(
          "/store/trade-applications",
          applicationBody("twice2", { applicant: { email: "OWNER@TWICE.example" } }),
          storeHeaders(store.tradeKey)
        )
        expect(shouting.status).toBe(202)
        expect((await companies().listCompanies({})).length).toBe(before.length)
        // The owner is told of each one (the second was addressed as typed, in capitals).
        const told = await getContainer()
          .resolve<INotificationModuleService>(Modules.NOTIFICATION)
          .listNotifications({ template: "company.application_existing_account" })
        expect(told.map((n) => n.to.toLowerCase())).toEqual(["owner@twice.example", "owner@twice.example"])
      })

      it("an existing consumer account gets no second account: same answer, the owner is told", async () => {
        const { data: reg } = await api.post("/auth/customer/emailpass/register", {
          email: "home@consumer.example",
          password: PASSWORD,
        })
        await api.post(
          "/store/customers",
          { email: "home@consumer.example", first_name: "H", last_name: "C" },
          storeHeaders(store.tradeKey, reg.token)
        )
        const res = await api.post(
          "/store/trade-applications",
          applicationBody("consumer", { applicant: { email: "home@consumer.example" } }),
          storeHeaders(store.tradeKey)
        )
        expect(res.status).toBe(202)
        expect(await companies().listCompanies({ email: "office@consumer.example" })).toEqual([])
        expect((await notificationsTo("home@consumer.example")).map((n) => n.template)).toEqual([
          "company.application_existing_account",
        ])
      })

      it.each([
        ["company.vat_id", { company: { vat_id: "123" } }],
        ["company.email", { company: { email: "not-an-email" } }],
        ["applicant.email", { applicant: { email: "nobody" } }],
        ["company.currency_code", { company: { currency_code: "euro" } }],
        ["company.currency_code", { company: { currency_code: "gbp" } }],
        ["password", { applicant: { password: "short" } }],
        ["name", { company: { name: "" } }],
      ])("bad input: 400 naming %s", async (field, overrides) => {
        const res = await failure(
          api.post("/store/trade-applications", applicationBody("bad", overrides), storeHeaders(store.tradeKey))
        )
        expect(res.status).toBe(400)
        expect(res.data.type).toBe("invalid_data")
        expect(res.data.message).toContain(field)
      })

      it("unknown fields are refused, and the VAT id is normalised", async () => {
        const extra = await failure(
          api.post(
            "/store/trade-applications",
            { ...applicationBody("extra"), status: "active" },
            storeHeaders(store.tradeKey)
          )
        )
        expect(extra.status).toBe(400)
        expect(extra.data.message).toContain("status")
        const { data } = await api.post(
          "/store/trade-applications",
          applicationBody("vat", { company: { vat_id: "fr 12.345-678-901" } }),
          storeHeaders(store.tradeKey)
        )
        expect(data).toEqual({ application: { status: "received" }, message: expect.any(String) })
        const [company] = await companies().listCompanies({ email: "office@vat.example" })
        expect(company.vat_id).toBe("FR12345678901")
      })
    })

    describe("merchant administration", () => {
      it("lists, searches and filters companies; finds a customer's company; 404 for unknown ids", async () => {
        const a = await applyForTrade(api, store.tradeKey, "listed-one")
        const b = await applyForTrade(api, store.tradeKey, "listed-two")
        await approve(api, store.admin, b.application.company_id)

        const all = await api.get("/admin/companies?limit=100", store.admin)
        expect(all.data).toMatchObject({ limit: 100, offset: 0 })
        expect(all.data.count).toBeGreaterThanOrEqual(2)
        const pending = await api.get("/admin/companies?status=pending&limit=100", store.admin)
        expect(pending.data.companies.every((c: any) => c.status === "pending")).toBe(true)
        expect(pending.data.companies.map((c: any) => c.id)).toContain(a.application.company_id)
        const search = await api.get("/admin/companies?q=listed-two", store.admin)
        expect(search.data.companies.map((c: any) => c.id)).toEqual([b.application.company_id])

        const me = await api.get("/store/companies/me", storeHeaders(store.tradeKey, b.token))
        const detail = await api.get(`/admin/companies/${b.application.company_id}`, store.admin)
        const customerId = detail.data.company.employees[0].customer.id
        expect(detail.data.company.employees).toEqual([
          expect.objectContaining({
            id: me.data.employee.id,
            role: "admin",
            customer: expect.objectContaining({ email: b.email }),
          }),
        ])
        expect(detail.data.company).toMatchObject({ addresses: [], orders: [] })
        const byCustomer = await api.get(`/admin/companies?customer_id=${customerId}`, store.admin)
        expect(byCustomer.data.companies.map((c: any) => c.id)).toEqual([b.application.company_id])

        expect((await failure(api.get("/admin/companies/comp_unknown", store.admin))).status).toBe(404)
        expect(
          (
            await failure(
              api.post(
                "/admin/companies/comp_unknown/approve",
                { payment_terms: "net30", credit_limit: 1 },
                store.admin
              )
            )
          ).status
        ).toBe(404)
        expect((await failure(api.get("/admin/companies"))).status).toBe(401)
        const bad = await failure(api.get("/admin/companies?status=sleeping", store.admin))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain("status")
      })

      it("approval input is validated naming the field", async () => {
        const { application } = await applyForTrade(api, store.tradeKey, "approval-input")
        const negative = await failure(
          api.post(
            `/admin/companies/${application.company_id}/approve`,
            { payment_terms: "net30", credit_limit: -5 },
            store.admin
          )
        )
        expect(negative.status).toBe(400)
        expect(negative.data.message).toContain("credit_limit")
        const terms = await failure(
          api.post(
            `/admin/companies/${application.company_id}/approve`,
            { payment_terms: "net90", credit_limit: 5 },
            store.admin
          )
        )
        expect(terms.status).toBe(400)
        expect(terms.data.message).toContain("payment_terms")
        const [company] = await companies().listCompanies({ id: application.company_id })
        expect(company.status).toBe("pending")
      })

      it("suspending withdraws trade prices and company routes; reactivating restores them; renaming renames the group", async () => {
        const { application, token } = await applyForTrade(api, store.tradeKey, "suspend")
        await approve(api, store.admin, application.company_id)
        expect((await priceOf(api, store.tradeKey, store.eur, token)).isTrade).toBe(true)

        const suspended = await api.post(
          `/admin/companies/${application.company_id}`,
          { status: "suspended" },
          store.admin
        )
        expect(suspended.data.company.status).toBe("suspended")
        expect((await priceOf(api, store.tradeKey, store.eur, token)).isTrade).toBe(false)
        expect((await failure(api.get("/store/companies/me", storeHeaders(store.tradeKey, token)))).status).toBe(404)

        const renamed = await api.post(
          `/admin/companies/${application.company_id}`,
          { status: "active", name: "Suspend & Sons", credit_limit: 800, payment_terms: "net60" },
          store.admin
        )
        expect(renamed.data.company).toMatchObject({
          status: "active",
          name: "Suspend & Sons",
          credit_limit: 800,
          payment_terms: "net60",
        })
        expect(renamed.data.company.customer_group.name).toBe("Company: Suspend & Sons")
        expect((await priceOf(api, store.tradeKey, store.eur, token)).isTrade).toBe(true)

        const pendingOne = await applyForTrade(api, store.tradeKey, "not-yet")
        const skip = await failure(
          api.post(`/admin/companies/${pendingOne.application.company_id}`, { status: "active" }, store.admin)
        )
        expect(skip.status).toBe(400)
        expect(skip.data.message).toContain("status")
      })
    })

    describe("all or nothing (workflow compensation)", () => {
      it("a failing notification after the account, company and employee were created leaves none of them", async () => {
        const notifications = getContainer().resolve<INotificationModuleService>(Modules.NOTIFICATION)
        const original = notifications.createNotifications
        notifications.createNotifications = (async () => {
          throw new Error("mail server down")
        }) as typeof original
        try {
          const res = await failure(
            api.post("/store/trade-applications", applicationBody("half"), storeHeaders(store.tradeKey))
          )
          expect(res.status).toBe(500)
        } finally {
          notifications.createNotifications = original
        }
        expect(await companies().listCompanies({ email: "office@half.example" })).toEqual([])
        expect(await customers().listCustomers({ email: "owner@half.example" })).toEqual([])
        const auth = getContainer().resolve<IAuthModuleService>(Modules.AUTH)
        expect(await auth.listProviderIdentities({ entity_id: "owner@half.example" })).toEqual([])
        expect((await failure(customerToken(api, "owner@half.example", PASSWORD))).status).toBe(401)

        // Nothing is left over that would block a retry.
        const retry = await api.post("/store/trade-applications", applicationBody("half"), storeHeaders(store.tradeKey))
        expect(retry.status).toBe(202)
        expect(await companies().listCompanies({ email: "office@half.example" })).toHaveLength(1)
      })

      it("a failing group membership during approval leaves the company pending, with no group and no link", async () => {
        const { application, token } = await applyForTrade(api, store.tradeKey, "approve-fails")
        const service = customers()
        const original = service.addCustomerToGroup
        service.addCustomerToGroup = (async () => {
          throw new Error("database hiccup")
        }) as typeof original
        try {
          const res = await failure(
            api.post(
              `/admin/companies/${application.company_id}/approve`,
              { payment_terms: "net30", credit_limit: 100 },
              store.admin
            )
          )
          expect(res.status).toBe(500)
        } finally {
          service.addCustomerToGroup = original
        }
        const [company] = await companies().listCompanies({ id: application.company_id })
        expect(company).toMatchObject({ status: "pending", payment_terms: "prepaid", credit_limit: 0 })
        expect(await service.listCustomerGroups({ name: "Company: approve-fails GmbH" })).toEqual([])
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({
          entity: "company",
          fields: ["customer_group.id"],
          filters: { id: application.company_id },
        })
        expect(data[0].customer_group ?? null).toBeNull()
        expect((await priceOf(api, store.tradeKey, store.eur, token)).isTrade).toBe(false)

        // And the approval then works.
        const approved = await approve(api, store.admin, application.company_id)
        expect(approved.status).toBe("active")
      })
    })
  },
})
