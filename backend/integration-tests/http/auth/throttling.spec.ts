import { integrationSuite } from "@hybrid/test-kit/integration-suite"
import { call, publishableKey, registerCustomer } from "@hybrid/test-kit/fixtures"

/**
 * Issue 13, item 9: password endpoints are throttled per account and per client address with the
 * documented defaults (THROTTLE_DEFAULTS in @hybrid/plugin-kit/throttle): 5 wrong passwords per
 * account and 50 per address in 15 minutes, then 429 with Retry-After for 15 minutes, even for the
 * right password. Each test uses its own accounts and its own address (X-Forwarded-For, believed
 * because this file trusts the loopback proxy), so the counters it fills touch no other spec.
 */
const PASSWORD = "a-long-password"
const LOCK_SECONDS = 900

integrationSuite({
  testSuite: ({ api }) => {
    let key: string
    const previousTrust = process.env.TRUST_PROXY
    let accounts = 0

    beforeAll(async () => {
      process.env.TRUST_PROXY = "loopback"
      key = await publishableKey(api, "consumer")
    })
    afterAll(() => {
      if (previousTrust === undefined) delete process.env.TRUST_PROXY
      else process.env.TRUST_PROXY = previousTrust
    })

    /** A customer of this test only (registered from the loopback address; successes cost nothing). */
    async function customer(): Promise<string> {
      const email = `throttle-${++accounts}-${Date.now()}@signin.example`
      await registerCustomer(api, key, { email, password: PASSWORD, first_name: "T", last_name: "Hrottle" })
      return email
    }

    const from = (ip: string) => ({ headers: { "x-forwarded-for": ip } })
    const signIn = (ip: string, email: string, password: string, actor = "customer") =>
      call(api.post(`/auth/${actor}/emailpass`, { email, password }, from(ip)))

    it("50 wrong passwords: 5 answers 401, then 429 with Retry-After; the right password is refused while locked", async () => {
      const email = await customer()
      const ip = "203.0.113.10"
      const answers = []
      for (let i = 0; i < 50; i++) {
        answers.push(await signIn(ip, email, `wrong-${i}`))
      }
      expect(answers.slice(0, 5).map((a) => a.status)).toEqual([401, 401, 401, 401, 401])
      expect(new Set(answers.slice(5).map((a) => a.status))).toEqual(new Set([429]))
      expect(answers[5]!.data).toMatchObject({
        type: "too_many_attempts",
        message: expect.stringContaining("15 minutes"),
      })

      const right = await api
        .post("/auth/customer/emailpass", { email, password: PASSWORD }, from(ip))
        .catch((error) => error.response)
      expect(right.status).toBe(429)
      const retryAfter = Number(right.headers["retry-after"])
      expect(retryAfter).toBeGreaterThan(LOCK_SECONDS - 60)
      expect(retryAfter).toBeLessThanOrEqual(LOCK_SECONDS)
      expect(right.data.token).toBeUndefined()

      // The lock is on the account: another address does not open it either, in any case spelling.
      expect((await signIn("198.51.100.10", email.toUpperCase(), PASSWORD)).status).toBe(429)
    })

    it("a different account from the same address still signs in", async () => {
      const [locked, other] = [await customer(), await customer()]
      const ip = "203.0.113.11"
      for (let i = 0; i < 6; i++) await signIn(ip, locked, "wrong")
      expect((await signIn(ip, locked, PASSWORD)).status).toBe(429)
      const answer = await signIn(ip, other, PASSWORD)
      expect(answer.status).toBe(200)
      expect(answer.data.token).toEqual(expect.any(String))
    })

    it("a successful sign-in resets the account's count", async () => {
      const email = await customer()
      const ip = "203.0.113.12"
      for (let i = 0; i < 4; i++) expect((await signIn(ip, email, "wrong")).status).toBe(401)
      expect((await signIn(ip, email, PASSWORD)).status).toBe(200)
      // Five more wrong passwords are answered 401 again; only the sixth is locked.
      for (let i = 0; i < 5; i++) expect((await signIn(ip, email, "wrong")).status).toBe(401)
      expect((await signIn(ip, email, "wrong")).status).toBe(429)
    })

    it("an address that failed 50 times is locked for every account; other addresses are not", async () => {
      const ip = "203.0.113.13"
      const statuses: number[] = []
      for (let account = 0; account < 10; account++) {
        for (let i = 0; i < 5; i++) {
          statuses.push((await signIn(ip, `nobody-${account}@signin.example`, "wrong")).status)
        }
      }
      expect(new Set(statuses)).toEqual(new Set([401]))
      const email = await customer()
      expect((await signIn(ip, email, PASSWORD)).status).toBe(429)
      expect((await signIn("203.0.113.14", email, PASSWORD)).status).toBe(200)
    })

    it("parallel guesses get no more than 5 tries", async () => {
      const email = await customer()
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, i) => signIn("203.0.113.15", email, `parallel-${i}`))
      )
      expect(answers.filter((a) => a.status === 401)).toHaveLength(5)
      expect(answers.filter((a) => a.status === 429)).toHaveLength(15)
    })

    it("admin sign-in is throttled the same way", async () => {
      const statuses = []
      for (let i = 0; i < 6; i++) {
        statuses.push((await signIn("203.0.113.16", "ghost-admin@signin.example", "wrong", "user")).status)
      }
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429])
    })

    it("registration probes for a taken email spend the same budget as wrong passwords", async () => {
      const email = await customer()
      const ip = "203.0.113.17"
      const register = () =>
        call(api.post("/auth/customer/emailpass/register", { email, password: "other-password" }, from(ip)))
      const statuses = []
      for (let i = 0; i < 6; i++) statuses.push((await register()).status)
      // Medusa answers 401 "Identity with email already exists" for a taken email: an oracle, capped here.
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429])
      expect((await signIn(ip, email, PASSWORD)).status).toBe(429)
    })

    it("password reset requests: 5 per account per hour, then 429", async () => {
      const email = await customer()
      const statuses = []
      for (let i = 0; i < 6; i++) {
        statuses.push(
          (await call(api.post("/auth/customer/emailpass/reset-password", { identifier: email }, from("203.0.113.18"))))
            .status
        )
      }
      expect(statuses).toEqual([201, 201, 201, 201, 201, 429])
    })
  },
})
