import { describe, expect, it } from "vitest"
import { clientIp, parseTrustProxy } from "./client-ip"
import { issuedBeforeNotBefore, memoryRevocationStore, redisRevocationStore, tokenExpiry } from "./revocation"
import { createThrottle, normaliseAccount, throttlePolicy, type ThrottlePolicy } from "./throttle"

const policy: ThrottlePolicy = {
  name: "test",
  account: { points: 3, windowSeconds: 60, lockSeconds: 120 },
  ip: { points: 5, windowSeconds: 60, lockSeconds: 120 },
}

/** One attempt that fails (a wrong password): allowed or not, settled as counted. */
async function fail(throttle: ReturnType<typeof createThrottle>, account: string, ip = "203.0.113.1") {
  const verdict = await throttle.attempt({ account, ip })
  if (verdict.allowed) await throttle.settle({ account, ip }, "counted")
  return verdict
}

describe("throttle (memory)", () => {
  it("locks an account after its points, refuses even a success while locked, with the lock as Retry-After", async () => {
    const throttle = createThrottle(policy)
    for (let i = 0; i < 3; i++) expect((await fail(throttle, "a@x.example")).allowed).toBe(true)
    const refused = await throttle.attempt({ account: "a@x.example", ip: "203.0.113.1" })
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 120 })
    // Another account from the same address still gets through.
    expect((await throttle.attempt({ account: "b@x.example", ip: "203.0.113.1" })).allowed).toBe(true)
  })

  it("a success resets the account's count but not the address's", async () => {
    const throttle = createThrottle(policy)
    await fail(throttle, "a@x.example")
    await fail(throttle, "a@x.example")
    const keys = { account: "a@x.example", ip: "203.0.113.1" }
    expect((await throttle.attempt(keys)).allowed).toBe(true)
    await throttle.settle(keys, "success")
    await fail(throttle, "a@x.example")
    await fail(throttle, "a@x.example")
    // 4 failures from the address so far; the 5th locks it for every account.
    expect((await fail(throttle, "c@x.example")).allowed).toBe(true)
    const refused = await throttle.attempt({ account: "d@x.example", ip: "203.0.113.1" })
    expect(refused.allowed).toBe(false)
    expect((await throttle.attempt({ account: "d@x.example", ip: "198.51.100.7" })).allowed).toBe(true)
  })

  it("holds under parallel attempts: never more allowed than the points", async () => {
    const throttle = createThrottle(policy)
    const verdicts = await Promise.all(
      Array.from({ length: 20 }, () => throttle.attempt({ account: "p@x.example", ip: "203.0.113.9" }))
    )
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(3)
  })

  it("refunded attempts (bad input) cost nothing", async () => {
    const throttle = createThrottle(policy)
    for (let i = 0; i < 10; i++) {
      const keys = { account: "r@x.example", ip: "203.0.113.2" }
      expect((await throttle.attempt(keys)).allowed).toBe(true)
      await throttle.settle(keys, "refund")
    }
  })

  it("reads limits from the environment and refuses nonsense", () => {
    expect(throttlePolicy("signIn", {}).account.points).toBe(5)
    expect(
      throttlePolicy("signIn", { THROTTLE_SIGN_IN_ACCOUNT_POINTS: "2", THROTTLE_SIGN_IN_LOCK_SECONDS: "30" })
    ).toMatchObject({
      account: { points: 2, lockSeconds: 30 },
      ip: { points: 50, lockSeconds: 30 },
    })
    expect(() => throttlePolicy("passwordReset", { THROTTLE_PASSWORD_RESET_IP_POINTS: "0" })).toThrow(
      "THROTTLE_PASSWORD_RESET_IP_POINTS"
    )
  })

  it("normalises emails into one account", () => {
    expect(normaliseAccount("  Olga@Example.COM ")).toBe("olga@example.com")
    expect(normaliseAccount("")).toBeUndefined()
    expect(normaliseAccount(42)).toBeUndefined()
  })
})

describe("client address", () => {
  const req = (peer: string, xff?: string) => ({
    headers: xff ? { "x-forwarded-for": xff } : {},
    socket: { remoteAddress: peer },
  })

  it("ignores X-Forwarded-For unless a proxy is trusted", () => {
    expect(clientIp(req("::ffff:198.51.100.1", "1.2.3.4"), parseTrustProxy(undefined))).toBe("198.51.100.1")
    expect(clientIp(req("198.51.100.1", "1.2.3.4"), parseTrustProxy("false"))).toBe("198.51.100.1")
  })

  it("walks trusted hops only", () => {
    const loopback = parseTrustProxy("loopback")
    expect(clientIp(req("127.0.0.1", "203.0.113.5"), loopback)).toBe("203.0.113.5")
    // A spoofed entry left of an untrusted hop is not believed.
    expect(clientIp(req("127.0.0.1", "6.6.6.6, 203.0.113.5"), loopback)).toBe("203.0.113.5")
    expect(clientIp(req("198.51.100.1", "203.0.113.5"), loopback)).toBe("198.51.100.1")
    expect(clientIp(req("10.0.0.2", "203.0.113.5, 10.0.0.9"), parseTrustProxy("10.0.0.0/8"))).toBe("203.0.113.5")
    expect(clientIp(req("10.0.0.2", "6.6.6.6, 203.0.113.5"), parseTrustProxy("1"))).toBe("203.0.113.5")
    expect(() => parseTrustProxy("nonsense")).toThrow("TRUST_PROXY")
  })
})

describe("revocation store (memory)", () => {
  it("refuses a revoked token until its expiry, then forgets it", async () => {
    let now = 1_000_000_000_000
    const store = memoryRevocationStore(() => now)
    await store.revoke("tok-a", now / 1000 + 60)
    expect(await store.isRevoked("tok-a")).toBe(true)
    expect(await store.isRevoked("tok-b")).toBe(false)
    now += 61_000
    expect(await store.isRevoked("tok-a")).toBe(false)
  })

  it("refuses an identity's tokens issued before its \"not before\", not later ones nor other identities'", async () => {
    const store = memoryRevocationStore()
    const jwt = (claims: object) => `h.${Buffer.from(JSON.stringify(claims)).toString("base64url")}.s`
    await store.setNotBefore("authid_a", 2000)
    expect(await issuedBeforeNotBefore(store, jwt({ auth_identity_id: "authid_a", iat: 1999 }))).toBe(true)
    expect(await issuedBeforeNotBefore(store, jwt({ auth_identity_id: "authid_a", iat: 2000 }))).toBe(false)
    expect(await issuedBeforeNotBefore(store, jwt({ auth_identity_id: "authid_b", iat: 1 }))).toBe(false)
    expect(await issuedBeforeNotBefore(store, "garbage")).toBe(false)
  })

  it("reads a JWT's exp, and falls back to a day for anything else", () => {
    const payload = Buffer.from(JSON.stringify({ exp: 1234 })).toString("base64url")
    expect(tokenExpiry(`h.${payload}.s`)).toBe(1234)
    expect(tokenExpiry("garbage", 100)).toBe(100 + 24 * 60 * 60)
  })
})

describe("on Redis (REDIS_URL, or the machine's 127.0.0.1:6379)", () => {
  const url = process.env.REDIS_URL || "redis://127.0.0.1:6379"

  it("two processes' throttles share one count, and see each other's locks", async () => {
    const shared = { ...policy, name: `test-${Date.now()}` }
    const [a, b] = [createThrottle(shared, url), createThrottle(shared, url)]
    const keys = { account: "redis@x.example", ip: "203.0.113.50" }
    for (const throttle of [a, b, a]) {
      expect((await throttle.attempt(keys)).allowed).toBe(true)
      await throttle.settle(keys, "counted")
    }
    expect(await b.attempt(keys)).toEqual({ allowed: false, retryAfterSeconds: 120 })
  })

  it("a token revoked through one connection is refused through another", async () => {
    const { Redis } = await import("ioredis")
    const [one, two] = [new Redis(url), new Redis(url)]
    try {
      const token = `tok-${Date.now()}`
      await redisRevocationStore(one).revoke(token, Math.floor(Date.now() / 1000) + 30)
      expect(await redisRevocationStore(two).isRevoked(token)).toBe(true)
      expect(await redisRevocationStore(two).isRevoked(`${token}-other`)).toBe(false)
    } finally {
      one.disconnect()
      two.disconnect()
    }
  })
})
