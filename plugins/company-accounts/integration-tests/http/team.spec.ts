import { beforeAll, beforeEach, describe, expect, it } from "vitest"
import type { ICustomerModuleService, INotificationModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { integrationSuite } from "@hybrid/test-kit/integration-suite"
import {
  PASSWORD,
  addEmployee,
  adminHeaders,
  applyForTrade,
  approve,
  customerToken,
  failure,
  latestInvite,
  priceOf,
  publishableKey,
  regionId,
  storeHeaders,
  type Member,
} from "@hybrid/test-kit/fixtures"
import { COMPANY_MODULE } from "../../src/constants"
import type CompanyModuleService from "../../src/modules/company/service"
import { removeEmployeeWorkflow } from "../../src/workflows/company/workflows/remove-employee"
import { updateEmployeeWorkflow } from "../../src/workflows/company/workflows/update-employee"

const ADDRESS = {
  label: "Warehouse",
  first_name: "Wanda",
  last_name: "Ware",
  company: "Team GmbH",
  address_1: "Lagerweg 5",
  city: "Hamburg",
  postal_code: "20095",
  country_code: "DE",
}

integrationSuite({
  testSuite: ({ api, getContainer }) => {
    let key: string
    let eur: string
    let companyId: string
    let adminToken: string
    let adminEmployeeId: string

    const companies = () => getContainer().resolve<CompanyModuleService>(COMPANY_MODULE)
    const as = (token?: string) => storeHeaders(key, token)

    beforeAll(async () => {
      key = await publishableKey(api, "trade")
      const admin = await adminHeaders(api)
      const applied = await applyForTrade(api, key, "team")
      await approve(api, admin, applied.application.company_id)
      companyId = applied.application.company_id
      adminToken = applied.token
      adminEmployeeId = (await api.get("/store/companies/me", as(adminToken))).data.employee.id
    })

    beforeEach(async () => {
      eur = await regionId(api, key, "eur")
    })

    describe("invites", () => {
      it("invite → email with link → accept page → account with the invited role, limit and trade prices", async () => {
        const { data, status } = await api.post(
          "/store/companies/me/invites",
          { email: "New.Buyer@Team.example", role: "buyer", spending_limit: 750 },
          as(adminToken)
        )
        expect(status).toBe(201)
        expect(data.invite).toMatchObject({
          email: "new.buyer@team.example",
          role: "buyer",
          spending_limit: 750,
          accepted_at: null,
        })
        expect(data.invite.token).toBeUndefined()

        const { url, token } = await latestInvite(getContainer(), "new.buyer@team.example")
        expect(url).toMatch(/^http:\/\/localhost:4322\/invite\/[0-9a-f]{64}$/)
        const listed = await api.get("/store/companies/me/invites", as(adminToken))
        expect(listed.data.invites.map((i: any) => i.email)).toEqual(["new.buyer@team.example"])
        expect(JSON.stringify(listed.data)).not.toContain(token)

        const page = await api.get(`/store/invites/${token}`, as())
        expect(page.data.invite).toEqual({
          email: "new.buyer@team.example",
          role: "buyer",
          expires_at: expect.any(String),
          company: { name: "team GmbH" },
        })
        const expiresIn = new Date(page.data.invite.expires_at).getTime() - Date.now()
        expect(expiresIn).toBeGreaterThan(167 * 3_600_000)
        expect(expiresIn).toBeLessThanOrEqual(168 * 3_600_000)

        const accepted = await api.post(
          `/store/invites/${token}/accept`,
          { password: PASSWORD, first_name: "Nina", last_name: "New" },
          as()
        )
        expect(accepted.status).toBe(201)
        expect(accepted.data.customer).toMatchObject({
          email: "new.buyer@team.example",
          first_name: "Nina",
          last_name: "New",
        })

        const buyerToken = await customerToken(api, "new.buyer@team.example", PASSWORD)
        const me = await api.get("/store/companies/me", as(buyerToken))
        expect(me.data.company.id).toBe(companyId)
        expect(me.data.employee).toMatchObject({ role: "buyer", spending_limit: 750 })
        expect(me.data.spending).toMatchObject({ spent: 0, remaining: 750 })
        expect((await priceOf(api, key, eur, buyerToken)).isTrade).toBe(true)

        // Used up: the page and the accept answer 410; the list no longer shows it.
        expect((await failure(api.get(`/store/invites/${token}`, as()))).status).toBe(410)
        const twice = await failure(
          api.post(`/store/invites/${token}/accept`, { password: PASSWORD, first_name: "X", last_name: "Y" }, as())
        )
        expect(twice.status).toBe(410)
        expect((await api.get("/store/companies/me/invites", as(adminToken))).data.invites).toEqual([])
      })

      it("unknown tokens are 404, expired and revoked invites cannot be used", async () => {
        expect((await failure(api.get(`/store/invites/${"0".repeat(64)}`, as()))).status).toBe(404)
        expect(
          (
            await failure(
              api.post(`/store/invites/nope/accept`, { password: PASSWORD, first_name: "A", last_name: "B" }, as())
            )
          ).status
        ).toBe(404)

        const { data } = await api.post(
          "/store/companies/me/invites",
          { email: "late@team.example", role: "viewer" },
          as(adminToken)
        )
        await companies().updateEmployeeInvites({ id: data.invite.id, expires_at: new Date(Date.now() - 1000) })
        const { token } = await latestInvite(getContainer(), "late@team.example")
        const expired = await failure(
          api.post(`/store/invites/${token}/accept`, { password: PASSWORD, first_name: "L", last_name: "T" }, as())
        )
        expect(expired.status).toBe(410)
        expect(expired.data.message).toMatch(/expired/)
        expect(
          await getContainer()
            .resolve<ICustomerModuleService>(Modules.CUSTOMER)
            .listCustomers({ email: "late@team.example" })
        ).toEqual([])

        // An expired invite no longer blocks a new one for the same email.
        await api.post("/store/companies/me/invites", { email: "late@team.example", role: "viewer" }, as(adminToken))
        const fresh = await latestInvite(getContainer(), "late@team.example")
        const revoked = (await api.get("/store/companies/me/invites", as(adminToken))).data.invites.find(
          (i: any) => i.email === "late@team.example" && new Date(i.expires_at) > new Date()
        )
        const del = await api.delete(`/store/companies/me/invites/${revoked.id}`, as(adminToken))
        expect(del.data).toEqual({ id: revoked.id, object: "employee_invite", deleted: true })
        expect((await failure(api.get(`/store/invites/${fresh.token}`, as()))).status).toBe(404)
        expect((await failure(api.delete(`/store/companies/me/invites/${revoked.id}`, as(adminToken)))).status).toBe(
          404
        )
      })

      it("duplicates are 409 naming the email; bad input is 400 naming the field", async () => {
        await api.post("/store/companies/me/invites", { email: "dup@team.example", role: "buyer" }, as(adminToken))
        const open = await failure(
          api.post("/store/companies/me/invites", { email: "dup@team.example", role: "admin" }, as(adminToken))
        )
        expect(open.status).toBe(409)
        expect(open.data.message).toContain("dup@team.example")
        const existing = await failure(
          api.post("/store/companies/me/invites", { email: "owner@team.example", role: "buyer" }, as(adminToken))
        )
        expect(existing.status).toBe(409)
        expect(existing.data.message).toContain("owner@team.example")

        for (const [body, field] of [
          [{ email: "x@team.example", role: "boss" }, "role"],
          [{ email: "not-mail", role: "buyer" }, "email"],
          [{ email: "x@team.example", role: "buyer", spending_limit: -1 }, "spending_limit"],
          [{ role: "buyer" }, "email"],
        ] as const) {
          const res = await failure(api.post("/store/companies/me/invites", body, as(adminToken)))
          expect(res.status).toBe(400)
          expect(res.data.message).toContain(field)
        }
        const shortPassword = await failure(
          api.post(`/store/invites/whatever/accept`, { password: "short", first_name: "A", last_name: "B" }, as())
        )
        expect(shortPassword.status).toBe(400)
        expect(shortPassword.data.message).toContain("password")
      })

      it("a failing last step of the acceptance creates no account and leaves the invite open", async () => {
        await api.post("/store/companies/me/invites", { email: "fragile@team.example", role: "buyer" }, as(adminToken))
        const { token } = await latestInvite(getContainer(), "fragile@team.example")
        const customers = getContainer().resolve<ICustomerModuleService>(Modules.CUSTOMER)
        const original = customers.addCustomerToGroup
        customers.addCustomerToGroup = (async () => {
          throw new Error("group service down")
        }) as typeof original
        try {
          const res = await failure(
            api.post(`/store/invites/${token}/accept`, { password: PASSWORD, first_name: "F", last_name: "G" }, as())
          )
          expect(res.status).toBe(500)
        } finally {
          customers.addCustomerToGroup = original
        }
        expect(await customers.listCustomers({ email: "fragile@team.example" })).toEqual([])
        expect(await companies().listEmployees({ company_id: companyId })).toHaveLength(1)
        expect((await api.get(`/store/invites/${token}`, as())).status).toBe(200)
        const retry = await api.post(
          `/store/invites/${token}/accept`,
          { password: PASSWORD, first_name: "F", last_name: "G" },
          as()
        )
        expect(retry.status).toBe(201)
      })
    })

    describe("employees", () => {
      let buyer: Member

      beforeEach(async () => {
        buyer = await addEmployee(api, key, getContainer(), adminToken, "buyer@team.example", "buyer", 1000)
      })

      it("the admin lists the team with each member's customer", async () => {
        const { data } = await api.get("/store/companies/me/employees", as(adminToken))
        expect(data.employees).toEqual([
          {
            id: adminEmployeeId,
            role: "admin",
            spending_limit: null,
            customer: expect.objectContaining({ email: "owner@team.example", first_name: "Olga" }),
          },
          {
            id: buyer.employeeId,
            role: "buyer",
            spending_limit: 1000,
            customer: expect.objectContaining({ id: buyer.customerId, email: "buyer@team.example" }),
          },
        ])
      })

      it("changes role and limit; null removes the limit; the change shows in the employee's own view", async () => {
        const { data } = await api.post(
          `/store/companies/me/employees/${buyer.employeeId}`,
          { role: "approver", spending_limit: 250.5 },
          as(adminToken)
        )
        expect(data.employee).toMatchObject({
          id: buyer.employeeId,
          role: "approver",
          spending_limit: 250.5,
          customer: { email: "buyer@team.example" },
        })
        expect((await api.get("/store/companies/me", as(buyer.token))).data.employee).toMatchObject({
          role: "approver",
          spending_limit: 250.5,
        })
        const unlimited = await api.post(
          `/store/companies/me/employees/${buyer.employeeId}`,
          { spending_limit: null },
          as(adminToken)
        )
        expect(unlimited.data.employee).toMatchObject({ role: "approver", spending_limit: null })
        const bad = await failure(
          api.post(`/store/companies/me/employees/${buyer.employeeId}`, { role: "owner" }, as(adminToken))
        )
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain("role")
        const negative = await failure(
          api.post(`/store/companies/me/employees/${buyer.employeeId}`, { spending_limit: -10 }, as(adminToken))
        )
        expect(negative.status).toBe(400)
        expect(negative.data.message).toContain("spending_limit")
      })

      it("nobody changes their own role or removes themselves; a second admin can be demoted", async () => {
        const self = await failure(
          api.post(`/store/companies/me/employees/${adminEmployeeId}`, { role: "buyer" }, as(adminToken))
        )
        expect(self.status).toBe(403)
        expect(self.data.message).toContain("own role")
        // Own limit is fine, and repeating one's own role is not a change.
        expect(
          (
            await api.post(
              `/store/companies/me/employees/${adminEmployeeId}`,
              { role: "admin", spending_limit: 99 },
              as(adminToken)
            )
          ).status
        ).toBe(200)
        expect(
          (await failure(api.delete(`/store/companies/me/employees/${adminEmployeeId}`, as(adminToken)))).status
        ).toBe(403)

        await api.post(`/store/companies/me/employees/${buyer.employeeId}`, { role: "admin" }, as(adminToken))
        const promoted = await failure(
          api.post(`/store/companies/me/employees/${adminEmployeeId}`, { role: "buyer" }, as(adminToken))
        )
        expect(promoted.status).toBe(403)
        const demoteOther = await api.post(
          `/store/companies/me/employees/${adminEmployeeId}`,
          { role: "viewer" },
          as(buyer.token)
        )
        expect(demoteOther.data.employee.role).toBe("viewer")
        // The demoted admin lost the team routes at once.
        expect((await failure(api.get("/store/companies/me/employees", as(adminToken)))).status).toBe(403)
      })

      it("only a current admin changes the team, checked in the workflows whoever calls them", async () => {
        const attempt = (run: Promise<{ errors: any[] }>) =>
          run.then(({ errors }) => errors[0]?.error?.message as string | undefined)
        const demote = await attempt(
          updateEmployeeWorkflow(getContainer()).run({
            input: {
              company_id: companyId,
              actor_employee_id: buyer.employeeId,
              employee_id: adminEmployeeId,
              role: "buyer",
            },
            throwOnError: false,
          })
        )
        expect(demote).toBe("Only company admins can change the team")
        const remove = await attempt(
          removeEmployeeWorkflow(getContainer()).run({
            input: { company_id: companyId, actor_employee_id: buyer.employeeId, employee_id: adminEmployeeId },
            throwOnError: false,
          })
        )
        expect(remove).toBe("Only company admins can change the team")
        const [stillAdmin] = await companies().listEmployees({ id: adminEmployeeId })
        expect(stillAdmin.role).toBe("admin")
      })

      it("CONCURRENCY: two admins demoting or removing each other at the same instant leave exactly one admin", async () => {
        await api.post(`/store/companies/me/employees/${buyer.employeeId}`, { role: "admin" }, as(adminToken))
        const status = (request: Promise<{ status: number }>) =>
          request.then(
            (response) => response.status,
            (error) => error?.response?.status ?? Promise.reject(error)
          )
        const results = await Promise.all([
          status(api.post(`/store/companies/me/employees/${buyer.employeeId}`, { role: "buyer" }, as(adminToken))),
          status(api.delete(`/store/companies/me/employees/${adminEmployeeId}`, as(buyer.token))),
        ])
        expect(results.sort()).toEqual([200, 403])
        const admins = await companies().listEmployees({ company_id: companyId, role: "admin" })
        expect(admins).toHaveLength(1)
      })

      it("a removed employee keeps the login but loses trade prices and the company", async () => {
        expect((await priceOf(api, key, eur, buyer.token)).isTrade).toBe(true)
        const { data } = await api.delete(`/store/companies/me/employees/${buyer.employeeId}`, as(adminToken))
        expect(data).toEqual({ id: buyer.employeeId, object: "employee", deleted: true })
        const token = await customerToken(api, "buyer@team.example", PASSWORD)
        expect((await priceOf(api, key, eur, token)).isTrade).toBe(false)
        expect((await failure(api.get("/store/companies/me", as(token)))).status).toBe(404)
        const team = await api.get("/store/companies/me/employees", as(adminToken))
        expect(team.data.employees.map((e: any) => e.id)).toEqual([adminEmployeeId])
        expect(
          (await failure(api.delete(`/store/companies/me/employees/${buyer.employeeId}`, as(adminToken)))).status
        ).toBe(404)
      })

      it("only admins manage the team", async () => {
        expect((await failure(api.get("/store/companies/me/employees", as(buyer.token)))).status).toBe(403)
        expect(
          (
            await failure(
              api.post(`/store/companies/me/employees/${buyer.employeeId}`, { spending_limit: 99999 }, as(buyer.token))
            )
          ).status
        ).toBe(403)
        expect(
          (
            await failure(
              api.post("/store/companies/me/invites", { email: "friend@team.example", role: "admin" }, as(buyer.token))
            )
          ).status
        ).toBe(403)
        expect((await failure(api.get("/store/companies/me/invites", as(buyer.token)))).status).toBe(403)
        const [record] = await companies().listEmployees({ id: buyer.employeeId })
        expect(record.spending_limit).toBe(1000)
      })
    })

    describe("addresses", () => {
      it("admins keep the shared address book; every role reads it; bad input names the field", async () => {
        const created = await api.post("/store/companies/me/addresses", ADDRESS, as(adminToken))
        expect(created.status).toBe(201)
        expect(created.data.address).toMatchObject({
          ...ADDRESS,
          country_code: "de",
          is_shipping: true,
          is_billing: true,
          address_2: null,
        })
        const id = created.data.address.id
        expect(id).toMatch(/^caddr_/)

        const updated = await api.post(
          `/store/companies/me/addresses/${id}`,
          { label: "Main warehouse", is_billing: false },
          as(adminToken)
        )
        expect(updated.data.address).toMatchObject({ id, label: "Main warehouse", is_billing: false, city: "Hamburg" })

        const viewer = await addEmployee(api, key, getContainer(), adminToken, "viewer@team.example", "viewer")
        const approver = await addEmployee(api, key, getContainer(), adminToken, "approver@team.example", "approver")
        for (const member of [viewer, approver]) {
          const list = await api.get("/store/companies/me/addresses", as(member.token))
          expect(list.data.addresses.map((a: any) => a.id)).toEqual([id])
          expect((await failure(api.post("/store/companies/me/addresses", ADDRESS, as(member.token)))).status).toBe(403)
          expect(
            (await failure(api.post(`/store/companies/me/addresses/${id}`, { label: "Mine" }, as(member.token)))).status
          ).toBe(403)
          expect((await failure(api.delete(`/store/companies/me/addresses/${id}`, as(member.token)))).status).toBe(403)
        }

        for (const [body, field] of [
          [{ ...ADDRESS, country_code: "Germany" }, "country_code"],
          [{ ...ADDRESS, city: "" }, "city"],
          [{ ...ADDRESS, is_shipping: "yes" }, "is_shipping"],
          [{ ...ADDRESS, customer_id: "cus_1" }, "customer_id"],
        ] as const) {
          const res = await failure(api.post("/store/companies/me/addresses", body, as(adminToken)))
          expect(res.status).toBe(400)
          expect(res.data.message).toContain(field)
        }

        const deleted = await api.delete(`/store/companies/me/addresses/${id}`, as(adminToken))
        expect(deleted.data).toEqual({ id, object: "company_address", deleted: true })
        expect((await api.get("/store/companies/me/addresses", as(adminToken))).data.addresses).toEqual([])
        expect(
          (await failure(api.post(`/store/companies/me/addresses/${id}`, { label: "Back" }, as(adminToken)))).status
        ).toBe(404)
      })
    })

    describe("notifications", () => {
      it("the invite email carries the link and the company name", async () => {
        await api.post("/store/companies/me/invites", { email: "mail@team.example", role: "approver" }, as(adminToken))
        const [sent] = await getContainer()
          .resolve<INotificationModuleService>(Modules.NOTIFICATION)
          .listNotifications({ to: "mail@team.example" })
        expect(sent).toMatchObject({
          channel: "email",
          template: "company.employee_invited",
          data: expect.objectContaining({
            company_name: "team GmbH",
            role: "approver",
            accept_url: expect.stringContaining("/invite/"),
          }),
        })
      })
    })
  },
})
