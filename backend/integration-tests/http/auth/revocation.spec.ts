import { integrationSuite } from "@hybrid/test-kit/integration-suite"
import { DEMO, adminHeaders, call, customerToken, publishableKey, storeHeaders } from "@hybrid/test-kit/fixtures"

/**
 * Issue 13, item 11: signing out revokes the token on the server. POST /auth/sign-out records it
 * (until its expiry) and every route that authenticates answers 401 for it from then on.
 */
integrationSuite({
  testSuite: ({ api }) => {
    let key: string

    beforeAll(async () => {
      key = await publishableKey(api, "trade")
    })

    const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })

    it("a signed-out customer token gets 401 on every route; a token of another sign-in keeps working", async () => {
      const token = await customerToken(api, DEMO.buyer.email, DEMO.buyer.password)
      // A JWT is stamped to the second: wait so the second sign-in gets a different token.
      await new Promise((resolve) => setTimeout(resolve, 1100))
      const other = await customerToken(api, DEMO.buyer.email, DEMO.buyer.password)
      expect(other).not.toBe(token)

      const before = await call(api.get("/store/trade/me", storeHeaders(key, token)))
      expect(before.status).toBe(200)

      const signOut = await call(api.post("/auth/sign-out", {}, bearer(token)))
      expect(signOut).toEqual({ status: 200, data: { success: true } })
      const signedOutAt = Date.now()

      const after = await Promise.all([
        call(api.get("/store/trade/me", storeHeaders(key, token))),
        call(api.get("/store/customers/me", storeHeaders(key, token))),
        call(api.get("/store/companies/me", storeHeaders(key, token))),
        call(api.post("/store/carts", {}, storeHeaders(key, token))),
        // Neither a refresh nor a session cookie can be made from it.
        call(api.post("/auth/token/refresh", {}, bearer(token))),
        call(api.post("/auth/session", {}, bearer(token))),
        call(api.post("/auth/sign-out", {}, bearer(token))),
      ])
      expect(Date.now() - signedOutAt).toBeLessThan(1000)
      expect(after.map((a) => a.status)).toEqual([401, 401, 401, 401, 401, 401, 401])
      expect(after[0]!.data.message).toContain("signed out")

      // Only that token: the buyer's other session is untouched.
      const still = await call(api.get("/store/trade/me", storeHeaders(key, other)))
      expect(still.status).toBe(200)
      expect(still.data.customer.email).toBe(DEMO.buyer.email)
    })

    it("a signed-out admin token gets 401 on the admin API", async () => {
      const admin = await adminHeaders(api)
      expect((await call(api.get("/admin/users/me", admin))).status).toBe(200)
      expect((await call(api.post("/auth/sign-out", {}, admin))).status).toBe(200)
      expect((await call(api.get("/admin/users/me", admin))).status).toBe(401)
      expect((await call(api.get("/admin/products?limit=1", admin))).status).toBe(401)
    })

    it("sign-out needs a valid token", async () => {
      expect((await call(api.post("/auth/sign-out", {}))).status).toBe(401)
      expect((await call(api.post("/auth/sign-out", {}, bearer("not.a.token")))).status).toBe(401)
    })
  },
})
