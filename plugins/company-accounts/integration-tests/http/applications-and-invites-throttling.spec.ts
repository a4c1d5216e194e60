import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type { INotificationModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { integrationSuite } from "@hybrid/test-kit/integration-suite"
import {
  DEMO,
  PASSWORD,
  applicationBody,
  call,
  customerToken,
  publishableKey,
  registerCustomer,
  storeHeaders,
} from "@hybrid/test-kit/fixtures"
import { COMPANY_MODULE } from "../../src/constants"
import type CompanyModuleService from "../../src/modules/company/service"

/**
 * Issue 13, item 10: a trade application answers the same for an email that has an account (a
 * customer, the demo buyer, the admin user) and for a new one: same status, same body, time of the
 * same order; the owner of an existing account is told by email and nothing is created. Item 9 for
 * the plugin's public account endpoints: applications per email, invite tokens per token and address.
 * Requests carry their own X-Forwarded-For address (this file trusts the loopback proxy).
 */
integrationSuite({
  testSuite: ({ api, getContainer }) => {
    let key: string
    const previousTrust = process.env.TRUST_PROXY

    beforeAll(async () => {
      process.env.TRUST_PROXY = "loopback"
      key = await publishableKey(api, "trade")
    })
    afterAll(() => {
      if (previousTrust === undefined) delete process.env.TRUST_PROXY
      else process.env.TRUST_PROXY = previousTrust
    })

    const companies = () => getContainer().resolve<CompanyModuleService>(COMPANY_MODULE)
    const notificationsTo = (to: string) =>
      getContainer().resolve<INotificationModuleService>(Modules.NOTIFICATION).listNotifications({ to })
    const headers = (ip: string) => ({ headers: { ...storeHeaders(key).headers, "x-forwarded-for": ip } })

    /** A consumer account of this test only: each test's counters start empty. */
    async function knownEmail(name: string): Promise<string> {
      const email = `${name}-${Date.now()}@known.example`
      await registerCustomer(api, await publishableKey(api, "consumer"), {
        email,
        password: PASSWORD,
        first_name: "K",
        last_name: "Nown",
      })
      return email
    }

    async function apply(ip: string, slug: string, email?: string) {
      const body = applicationBody(slug, email ? { applicant: { email } } : {})
      const started = performance.now()
      const answer = await call(api.post("/store/trade-applications", body, headers(ip)))
      return { ...answer, ms: performance.now() - started }
    }

    describe("applications do not tell whether an email has an account", () => {
      it("known and unknown emails get the same answer; owners are told by email; nothing is created for them", async () => {
        const fresh = await apply("203.0.113.30", "fresh-one")
        const buyer = await apply("203.0.113.30", "posing-buyer", DEMO.buyer.email)
        const adminUser = await apply("203.0.113.30", "posing-admin", DEMO.admin.email)

        for (const answer of [fresh, buyer, adminUser]) {
          expect(answer.status).toBe(202)
          expect(answer.data).toEqual(fresh.data)
        }
        expect(fresh.data).toEqual({ application: { status: "received" }, message: expect.any(String) })

        // The new applicant has an account and a pending company; the known emails got neither.
        await customerToken(api, "owner@fresh-one.example", PASSWORD)
        expect(await companies().listCompanies({ email: "office@fresh-one.example" })).toHaveLength(1)
        expect(await companies().listCompanies({ email: "office@posing-buyer.example" })).toEqual([])
        expect(await companies().listCompanies({ email: "office@posing-admin.example" })).toEqual([])

        for (const email of [DEMO.buyer.email, DEMO.admin.email]) {
          const sent = (await notificationsTo(email)).filter(
            (n) => n.template === "company.application_existing_account"
          )
          expect(sent).toHaveLength(1)
          expect(sent[0]!.channel).toBe("email")
          expect(sent[0]!.data).toMatchObject({ sign_in_url: expect.stringMatching(/\/sign-in$/) })
        }
        // The real owner's password still works: the application changed nothing of theirs.
        await customerToken(api, DEMO.buyer.email, DEMO.buyer.password)
      })

      it("takes about as long for a known email as for a new one", async () => {
        const email = await knownEmail("timing")
        const known: number[] = []
        const unknown: number[] = []
        for (let i = 0; i < 3; i++) {
          unknown.push((await apply("203.0.113.31", `timing-new-${i}`)).ms)
          known.push((await apply("203.0.113.31", `timing-known-${i}`, email)).ms)
        }
        const median = (values: number[]) => [...values].sort((a, b) => a - b)[1]!
        const ratio = median(unknown) / median(known)
        // Same order of magnitude; without the matching password hash a known email answered ~10x faster.
        expect(ratio).toBeGreaterThan(0.2)
        expect(ratio).toBeLessThan(5)
      })

      it("bad input is refused the same way for known and unknown emails", async () => {
        const bad = { company: { currency_code: "gbp" } }
        const known = await call(
          api.post(
            "/store/trade-applications",
            applicationBody("bad-known", { ...bad, applicant: { email: DEMO.buyer.email } }),
            headers("203.0.113.32")
          )
        )
        const unknown = await call(
          api.post("/store/trade-applications", applicationBody("bad-unknown", bad), headers("203.0.113.32"))
        )
        expect(known.status).toBe(400)
        expect(known.data).toEqual(unknown.data)
      })
    })

    describe("throttles", () => {
      it("5 applications per email per hour, known or not; the 6th is 429 with Retry-After", async () => {
        const known = await knownEmail("repeat")
        for (const email of ["repeat@unknown-applicant.example", known]) {
          const statuses = []
          for (let i = 0; i < 6; i++) statuses.push((await apply("203.0.113.33", `repeat-${i}`, email)).status)
          expect(statuses).toEqual([202, 202, 202, 202, 202, 429])
        }
        const locked = await api
          .post(
            "/store/trade-applications",
            applicationBody("repeat-x", { applicant: { email: known } }),
            headers("203.0.113.34")
          )
          .catch((error) => error.response)
        expect(locked.status).toBe(429)
        expect(Number(locked.headers["retry-after"])).toBeGreaterThan(3000)
        // The owner was told at most once per accepted application, not for the refused ones.
        expect((await notificationsTo(known)).length).toBe(5)
      })

      it("invite tokens: guessing is locked per address after 50 unknown tokens", async () => {
        const statuses: number[] = []
        for (let i = 0; i < 51; i++) {
          statuses.push((await call(api.get(`/store/invites/guess-${i}`, headers("203.0.113.35")))).status)
        }
        expect(new Set(statuses.slice(0, 50))).toEqual(new Set([404]))
        expect(statuses[50]).toBe(429)
        const accept = await call(
          api.post(
            "/store/invites/guess-0/accept",
            { password: PASSWORD, first_name: "G", last_name: "Uess" },
            headers("203.0.113.35")
          )
        )
        expect(accept.status).toBe(429)

        // Another address is not affected.
        expect((await call(api.get("/store/invites/guess-0", headers("203.0.113.36")))).status).toBe(404)
      })
    })
  },
})
