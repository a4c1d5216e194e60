import { integrationSuite } from "@hybrid/test-kit/integration-suite"
import {
  call,
  customerToken,
  eventually,
  publishableKey,
  registerCustomer,
  storeHeaders,
} from "@hybrid/test-kit/fixtures"
import type { INotificationModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * Issue 16, password reset (both sites): POST /store/password-reset answers the same for known and
 * unknown emails and emails a single-use, time-limited link to the requesting site's reset page;
 * POST /store/password-reset/confirm sets the password, ends every earlier session and signs in.
 * Each test uses its own account and client address (X-Forwarded-For, believed because this file
 * trusts the loopback proxy), so the throttle counters it fills touch no other test.
 */
const PASSWORD = "the-old-password"
const NEW_PASSWORD = "a-brand-new-password"

integrationSuite({
  testSuite: ({ api, getContainer, dbConnection }) => {
    const keys = { consumer: "", trade: "" }
    const previousTrust = process.env.TRUST_PROXY
    let accounts = 0
    let addresses = 0

    beforeAll(async () => {
      process.env.TRUST_PROXY = "loopback"
      keys.consumer = await publishableKey(api, "consumer")
      keys.trade = await publishableKey(api, "trade")
    })
    afterAll(() => {
      if (previousTrust === undefined) delete process.env.TRUST_PROXY
      else process.env.TRUST_PROXY = previousTrust
    })

    const address = () => `198.51.100.${++addresses}`
    async function customer(): Promise<string> {
      const email = `reset-${++accounts}-${Date.now()}@reset.example`
      await registerCustomer(api, keys.consumer, { email, password: PASSWORD, first_name: "Rita", last_name: "Reset" })
      return email
    }
    const headers = (site: "consumer" | "trade", ip: string) => ({
      headers: { "x-publishable-api-key": keys[site], "x-forwarded-for": ip },
    })
    const requestReset = (site: "consumer" | "trade", email: string, ip = address()) =>
      call(api.post("/store/password-reset", { email }, headers(site, ip)))
    const confirm = (body: Record<string, unknown>, ip = address()) =>
      call(api.post("/store/password-reset/confirm", body, headers("consumer", ip)))

    /** The reset emails sent to `email` so far, newest first. */
    async function resetEmails(email: string) {
      const notifications = await getContainer()
        .resolve<INotificationModuleService>(Modules.NOTIFICATION)
        .listNotifications({ to: email, template: "auth.password_reset" }, { order: { created_at: "DESC" } })
      return notifications
    }
    async function resetLink(email: string, count = 1): Promise<URL> {
      const sent = await eventually(
        () => resetEmails(email),
        (list) => list.length >= count,
        10_000
      )
      return new URL(String(sent[0]!.data!.reset_url))
    }

    it("answers known and unknown emails alike; only the known one gets the link, to the requesting site", async () => {
      const email = await customer()
      const known = await requestReset("consumer", email)
      const unknown = await requestReset("consumer", `nobody-${Date.now()}@reset.example`)
      expect(known).toEqual({ status: 202, data: unknown.data })
      expect(known.status).toBe(unknown.status)

      const consumerLink = await resetLink(email)
      expect(consumerLink.origin).toBe("http://localhost:4321")
      expect(consumerLink.pathname).toBe("/reset-password")
      expect(consumerLink.searchParams.get("token")).toBeTruthy()

      expect((await requestReset("trade", email)).status).toBe(202)
      const tradeLink = await resetLink(email, 2)
      expect(tradeLink.origin).toBe("http://localhost:4322")
      expect(tradeLink.pathname).toBe("/reset-password")
    })

    it("the link sets the new password once, signs in, and ends every earlier session", async () => {
      const email = await customer()
      const oldSession = await customerToken(api, email, PASSWORD)
      expect((await call(api.get("/store/customers/me", storeHeaders(keys.consumer, oldSession)))).status).toBe(200)

      await requestReset("consumer", email)
      const token = (await resetLink(email)).searchParams.get("token")!

      // A bad password is refused before the link is spent.
      const short = await confirm({ token, password: "short" })
      expect(short.status).toBe(400)
      expect(short.data.message).toMatch(/^password: /)

      const done = await confirm({ token, password: NEW_PASSWORD })
      expect(done.status).toBe(200)
      const fresh = done.data.token as string
      const me = await call(api.get("/store/customers/me", storeHeaders(keys.consumer, fresh)))
      expect(me.status).toBe(200)
      expect(me.data.customer.email).toBe(email)

      // The session from before the change is over, everywhere.
      const old = await Promise.all([
        call(api.get("/store/customers/me", storeHeaders(keys.consumer, oldSession))),
        call(api.post("/auth/token/refresh", {}, { headers: { authorization: `Bearer ${oldSession}` } })),
      ])
      expect(old.map((answer) => answer.status)).toEqual([401, 401])

      // The link works once.
      const again = await confirm({ token, password: "yet-another-password" })
      expect(again.status).toBe(401)
      expect(again.data.message).toMatch(/^token: /)

      // The old password is gone, the new one signs in (a second later: see the route's "not before").
      await new Promise((resolve) => setTimeout(resolve, 1100))
      expect((await call(api.post("/auth/customer/emailpass", { email, password: PASSWORD }))).status).toBe(401)
      const signedIn = await customerToken(api, email, NEW_PASSWORD)
      expect((await call(api.get("/store/customers/me", storeHeaders(keys.consumer, signedIn)))).status).toBe(200)
    })

    it("refuses an expired link, a replaced link, a session token and a forged token, naming token", async () => {
      const email = await customer()
      await requestReset("consumer", email)
      const first = (await resetLink(email)).searchParams.get("token")!
      await requestReset("consumer", email)
      const second = (await resetLink(email, 2)).searchParams.get("token")!
      expect(second).not.toBe(first)

      // A newer link replaces the older one.
      expect((await confirm({ token: first, password: NEW_PASSWORD })).status).toBe(401)

      // An expired link (Medusa keeps 15 minutes): age the stored token.
      await dbConnection.raw("UPDATE auth_password_reset_token SET expires_at = now() - interval '1 minute'")
      const expired = await confirm({ token: second, password: NEW_PASSWORD })
      expect(expired.status).toBe(401)
      expect(expired.data.message).toMatch(/^token: /)

      const session = await customerToken(api, email, PASSWORD)
      expect((await confirm({ token: session, password: NEW_PASSWORD })).status).toBe(401)
      expect((await confirm({ token: "eyJhbGciOiJIUzI1NiJ9.e30.forged", password: NEW_PASSWORD })).status).toBe(401)

      // Nothing changed: the old password still signs in.
      expect((await call(api.post("/auth/customer/emailpass", { email, password: PASSWORD }))).status).toBe(200)
    })

    it("bad input names the field; unknown fields are refused", async () => {
      const missing = await call(api.post("/store/password-reset", {}, headers("consumer", address())))
      expect(missing.status).toBe(400)
      expect(missing.data.message).toMatch(/^email/)
      const notEmail = await requestReset("consumer", "not-an-email")
      expect(notEmail.status).toBe(400)
      expect(notEmail.data.message).toMatch(/^email: /)
      const noToken = await confirm({ password: NEW_PASSWORD })
      expect(noToken.status).toBe(400)
      expect(noToken.data.message).toMatch(/^token/)
      const extra = await confirm({ token: "x", password: NEW_PASSWORD, email: "a@b.example" })
      expect(extra.status).toBe(400)
      expect(extra.data.message).toContain("email: unknown field")
    })

    it("throttles requests per email (5 an hour) and refused links per address (20 an hour) with 429", async () => {
      const email = await customer()
      const answers = []
      for (let i = 0; i < 6; i++) {
        answers.push(await requestReset("consumer", email))
      }
      expect(answers.map((answer) => answer.status)).toEqual([202, 202, 202, 202, 202, 429])
      expect(answers[5]!.data.type).toBe("too_many_attempts")

      const ip = address()
      const guesses = []
      for (let i = 0; i < 21; i++) {
        guesses.push(await confirm({ token: `guess-${i}`, password: NEW_PASSWORD }, ip))
      }
      expect(new Set(guesses.slice(0, 20).map((answer) => answer.status))).toEqual(new Set([401]))
      expect(guesses[20]!.status).toBe(429)
    })
  },
})
