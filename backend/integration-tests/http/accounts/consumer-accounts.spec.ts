import { integrationSuite } from "@hybrid/test-kit/integration-suite"
import {
  DEMO,
  GERMAN_ADDRESS,
  SYSTEM_PROVIDER,
  adminHeaders,
  call,
  complete,
  customerToken,
  publishableKey,
  readyCart,
  registerCustomer,
  storeHeaders,
} from "@hybrid/test-kit/fixtures"
import type { ICustomerModuleService, INotificationModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * Consumer accounts (issue 16): every rule the backend enforces, tried against the raw store API.
 * - one identity: a trade buyer on the consumer key gets consumer prices (products, price tiers,
 *   "why this price", cart lines) and can place the order at them;
 * - guest orders move into an account only through the emailed, single-use, time-limited token;
 * - "delete my account" erases the person, ends the login and keeps the orders for the merchant;
 * - the customer's cart is found from any browser, and a guest cart merges into it;
 * - customers never write the platform's metadata keys.
 */
const PASSWORD = "a-long-password"

integrationSuite({
  testSuite: ({ api, getContainer }) => {
    let consumerKey: string
    let tradeKey: string
    let eur: string
    let variantId: string

    const notifications = () => getContainer().resolve<INotificationModuleService>(Modules.NOTIFICATION)
    const as = (token?: string) => ({ ...storeHeaders(consumerKey, token), validateStatus: () => true })

    /** The newest verification token mailed to `email`, read from the notification record. */
    async function mailedToken(email: string): Promise<string> {
      const sent = await notifications().listNotifications(
        { to: email, template: "customer.verify-email" } as Record<string, unknown>,
        { order: { created_at: "DESC" } }
      )
      expect(sent.length).toBeGreaterThan(0)
      const url = new URL(String(sent[0].data?.verify_url))
      expect(url.origin).toBe("http://localhost:4321")
      expect(url.pathname).toBe("/account/verify")
      expect(sent[0].data?.site).toBe("consumer")
      return url.searchParams.get("token")!
    }

    async function guestOrder(email: string): Promise<string> {
      const cartId = await readyCart(api, consumerKey, undefined, {
        regionId: eur,
        items: [{ variant_id: variantId, quantity: 1 }],
        provider: SYSTEM_PROVIDER,
      })
      await api.post(`/store/carts/${cartId}`, { email }, storeHeaders(consumerKey))
      const placed = await complete(api, consumerKey, undefined, cartId)
      expect(placed.status).toBe(200)
      return placed.data.order.id
    }

    async function orderIdsOf(token: string): Promise<string[]> {
      const { data } = await api.get("/store/orders?fields=id&limit=100", storeHeaders(consumerKey, token))
      return data.orders.map((o: { id: string }) => o.id)
    }

    beforeAll(async () => {
      consumerKey = await publishableKey(api, "consumer")
      tradeKey = await publishableKey(api, "trade")
      const { data: regions } = await api.get("/store/regions", storeHeaders(consumerKey))
      eur = regions.regions.find((r: { currency_code: string }) => r.currency_code === "eur").id
      const { data } = await api.get("/store/products?handle=ethiopia-yirgacheffe", storeHeaders(consumerKey))
      variantId = data.products[0].variants[0].id
    })

    describe("one identity: a trade buyer on the consumer key shops as a private person", () => {
      const priceOf = async (key: string, token?: string) => {
        const { data } = await api.get(
          `/store/products?handle=ethiopia-yirgacheffe&region_id=${eur}&country_code=de&fields=*variants.calculated_price`,
          storeHeaders(key, token)
        )
        const variant = data.products[0].variants.find((v: { id: string }) => v.id === variantId)
        return {
          amount: Number(variant.calculated_price.calculated_amount),
          list: variant.calculated_price.price_list_id ?? null,
        }
      }

      it("gets consumer prices on products, price tiers, 'why this price' and cart lines, and orders at them", async () => {
        const buyer = await customerToken(api, DEMO.buyer.email, DEMO.buyer.password)
        const guest = await priceOf(consumerKey)
        const tradeOnTradeSite = await priceOf(tradeKey, buyer)
        // The demo buyer has trade prices on the trade site (else this test proves nothing).
        expect(tradeOnTradeSite.amount).toBeLessThan(guest.amount)

        expect(await priceOf(consumerKey, buyer)).toEqual(guest)

        const tiers = await api.get(`/store/price-tiers?region_id=${eur}&variant_id=${variantId}`, as(buyer))
        const guestTiers = await api.get(`/store/price-tiers?region_id=${eur}&variant_id=${variantId}`, as())
        expect(tiers.status).toBe(200)
        expect(tiers.data).toEqual(guestTiers.data)

        const explained = await api.get(
          `/store/trade-pricing/prices?region_id=${eur}&variant_id=${variantId}&quantity=50`,
          as(buyer)
        )
        const explainedGuest = await api.get(
          `/store/trade-pricing/prices?region_id=${eur}&variant_id=${variantId}&quantity=50`,
          as()
        )
        expect(explained.status).toBe(200)
        expect(explained.data).toEqual(explainedGuest.data)

        // A cart of the buyer in the consumer channel: lines at the consumer price, at any quantity.
        const cartId = await readyCart(api, consumerKey, buyer, {
          regionId: eur,
          items: [{ variant_id: variantId, quantity: 12 }],
          provider: SYSTEM_PROVIDER,
        })
        const { data: cart } = await api.get(
          `/store/carts/${cartId}?fields=items.unit_price,sales_channel_id,customer_id`,
          storeHeaders(consumerKey, buyer)
        )
        expect(cart.cart.items.map((i: { unit_price: number }) => Number(i.unit_price))).toEqual([guest.amount])
        // Re-pricing (what sign-in or "Update prices" does) keeps consumer prices.
        const refreshed = await api.post(`/store/carts/${cartId}/refresh-prices`, {}, as(buyer))
        expect(refreshed.status).toBe(200)
        const placed = await complete(api, consumerKey, buyer, cartId)
        expect(placed.status).toBe(200)
        expect(placed.data.order.items.map((i: { unit_price: number }) => Number(i.unit_price))).toEqual([guest.amount])
      })

      it("re-checks the rule where the order is placed: a consumer-channel line at the buyer's trade price is refused", async () => {
        const buyer = await customerToken(api, DEMO.buyer.email, DEMO.buyer.password)
        const guest = await priceOf(consumerKey)
        const trade = await priceOf(tradeKey, buyer)
        expect(trade.amount).toBeLessThan(guest.amount)
        const cartId = await readyCart(api, consumerKey, buyer, {
          regionId: eur,
          items: [{ variant_id: variantId, quantity: 1 }],
          provider: SYSTEM_PROVIDER,
        })
        // A line priced under the trade rule (a cart from before this rule, or a path without the
        // pricing hooks): written straight into the database.
        await getContainer()
          .resolve("__pg_connection__")
          .raw(
            `UPDATE cart_line_item SET unit_price = ?, raw_unit_price = jsonb_set(raw_unit_price, '{value}', to_jsonb(?::text))
              WHERE cart_id = ?`,
            [trade.amount, String(trade.amount), cartId]
          )
        const refused = await complete(api, consumerKey, buyer, cartId)
        expect(refused.status).toBe(409)
        expect(refused.data.code).toBe("cart_prices_changed")
        // No order: the cart is still open.
        const { data: after } = await api.get(
          `/store/carts/${cartId}?fields=completed_at`,
          storeHeaders(consumerKey, buyer)
        )
        expect(after.cart.completed_at).toBeNull()
      })
    })

    describe("guest orders become the account's only through the emailed token", () => {
      it("an account with the guest's email sees the guest orders only after verifying, once", async () => {
        const email = "guest-then-account@home.example"
        const first = await guestOrder(email)
        const second = await guestOrder(email.toUpperCase())
        const token = await registerCustomer(api, consumerKey, {
          email,
          password: PASSWORD,
          first_name: "Gwen",
          last_name: "Guest",
        })

        // An email alone claims nothing.
        expect(await orderIdsOf(token)).toEqual([])
        expect((await api.get(`/store/orders/${first}`, as(token))).status).toBe(200) // guest order: its id is its credential, as before
        const { data: account } = await api.get("/store/account", storeHeaders(consumerKey, token))
        expect(account.account.email_verified_at).toBeNull()

        // Made-up tokens, and confirming before any link was sent, are refused naming the field.
        const early = await api.post("/store/account/verification/confirm", { token: "x".repeat(43) }, as(token))
        expect(early.status).toBe(400)
        expect(early.data.message).toMatch(/^token: /)

        expect((await api.post("/store/account/verification", {}, as(token))).status).toBe(202)
        const stale = await mailedToken(email)
        expect((await api.post("/store/account/verification", {}, as(token))).status).toBe(202)
        const mailed = await mailedToken(email)
        expect(mailed).not.toBe(stale)

        // A replaced link no longer works; someone else's account cannot use the link.
        expect((await api.post("/store/account/verification/confirm", { token: stale }, as(token))).status).toBe(400)
        const other = await registerCustomer(api, consumerKey, {
          email: "someone-else@home.example",
          password: PASSWORD,
          first_name: "S",
          last_name: "E",
        })
        expect((await api.post("/store/account/verification/confirm", { token: mailed }, as(other))).status).toBe(400)
        expect((await api.post("/store/account/verification/confirm", { token: mailed }, as())).status).toBe(401)
        expect(await orderIdsOf(other)).toEqual([])
        expect(await orderIdsOf(token)).toEqual([])

        const confirmed = await api.post("/store/account/verification/confirm", { token: mailed }, as(token))
        expect(confirmed.status).toBe(200)
        expect(confirmed.data).toEqual({ verified: true, claimed_orders: 2 })
        expect((await orderIdsOf(token)).sort()).toEqual([first, second].sort())
        // The guest orders are now a registered customer's: only the account reads them by id.
        expect((await api.get(`/store/orders/${first}`, as())).status).toBe(404)
        expect((await api.get(`/store/orders/${first}`, as(other))).status).toBe(404)

        // Single use.
        const again = await api.post("/store/account/verification/confirm", { token: mailed }, as(token))
        expect(again.status).toBe(400)
        const welcome = await notifications().listNotifications({ to: email, template: "customer.welcome" } as Record<
          string,
          unknown
        >)
        expect(welcome.map((n) => n.data?.account_url)).toEqual(["http://localhost:4321/account"])
      })

      it("an expired link is refused and claims nothing", async () => {
        const email = "late@home.example"
        const order = await guestOrder(email)
        const token = await registerCustomer(api, consumerKey, {
          email,
          password: PASSWORD,
          first_name: "L",
          last_name: "T",
        })
        await api.post("/store/account/verification", {}, as(token))
        const mailed = await mailedToken(email)
        const customers = getContainer().resolve<ICustomerModuleService>(Modules.CUSTOMER)
        const [customer] = await customers.listCustomers({ email, has_account: true })
        const pending = customer.metadata!.hc_email_verification as Record<string, unknown>
        await customers.updateCustomers(customer.id, {
          metadata: { hc_email_verification: { ...pending, expires_at: new Date(Date.now() - 1000).toISOString() } },
        })
        const refused = await api.post("/store/account/verification/confirm", { token: mailed }, as(token))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/^token: .*expired/)
        expect(await orderIdsOf(token)).not.toContain(order)
      })

      it("customers cannot mark themselves verified through Medusa's customer routes", async () => {
        const token = await registerCustomer(api, consumerKey, {
          email: "sneaky@home.example",
          password: PASSWORD,
          first_name: "S",
          last_name: "N",
        })
        const update = await api.post(
          "/store/customers/me",
          { metadata: { hc_email_verified_at: new Date().toISOString() } },
          as(token)
        )
        expect(update.status).toBe(400)
        expect(update.data.message).toMatch(/^metadata\.hc_email_verified_at/)
        const { data } = await api.get("/store/account", storeHeaders(consumerKey, token))
        expect(data.account.email_verified_at).toBeNull()
      })
    })

    describe("delete my account", () => {
      it("erases the person, ends the login and keeps the orders for the merchant", async () => {
        const email = "leaving@home.example"
        const token = await registerCustomer(api, consumerKey, {
          email,
          password: PASSWORD,
          first_name: "Lea",
          last_name: "Ving",
        })
        await api.post("/store/customers/me", { phone: "+49 40 123456" }, storeHeaders(consumerKey, token))
        await api.post(
          "/store/customers/me/addresses",
          { ...GERMAN_ADDRESS, is_default_shipping: true },
          storeHeaders(consumerKey, token)
        )
        const cartId = await readyCart(api, consumerKey, token, {
          regionId: eur,
          items: [{ variant_id: variantId, quantity: 1 }],
          provider: SYSTEM_PROVIDER,
        })
        const orderId = (await complete(api, consumerKey, token, cartId)).data.order.id

        const wrong = await api.post("/store/account/delete", { password: "not-the-password" }, as(token))
        expect(wrong.status).toBe(400)
        expect(wrong.data.message).toMatch(/^password: /)
        expect((await api.post("/store/account/delete", {}, as(token))).status).toBe(400)
        expect((await api.post("/store/account/delete", { password: PASSWORD }, as())).status).toBe(401)

        const otherBrowser = await customerToken(api, email, PASSWORD)
        const deleted = await api.post("/store/account/delete", { password: PASSWORD }, as(token))
        expect(deleted.status).toBe(200)
        // A session in another browser ends too.
        expect((await api.get("/store/customers/me", as(otherBrowser))).status).toBe(401)

        // The login is gone, and the session with it.
        const signIn = await call(api.post("/auth/customer/emailpass", { email, password: PASSWORD }))
        expect(signIn.status).toBe(401)
        expect((await api.get("/store/customers/me", as(token))).status).toBe(401)

        // Personal data erased; the order is still there for the admin.
        const customers = getContainer().resolve<ICustomerModuleService>(Modules.CUSTOMER)
        const [row] = await customers.listCustomers(
          { id: (await adminOrder(orderId)).customer_id },
          { withDeleted: true }
        )
        expect(row).toMatchObject({ first_name: "Deleted", last_name: "customer", phone: null })
        expect(row.email).not.toContain("leaving")
        expect(await customers.listCustomerAddresses({ customer_id: row.id })).toEqual([])
        expect((await adminOrder(orderId)).id).toBe(orderId)

        // The email is free again: a new account starts empty.
        const fresh = await registerCustomer(api, consumerKey, {
          email,
          password: PASSWORD,
          first_name: "N",
          last_name: "W",
        })
        expect(await orderIdsOf(fresh)).toEqual([])
      })

      it("a trade buyer cannot delete the login the company's account hangs on (409), nor with a wrong password", async () => {
        const buyer = await customerToken(api, DEMO.buyer.email, DEMO.buyer.password)
        const refused = await api.post("/store/account/delete", { password: DEMO.buyer.password }, as(buyer))
        expect(refused.status).toBe(409)
        expect((await api.get("/store/customers/me", as(buyer))).status).toBe(200)
      })

      async function adminOrder(orderId: string) {
        const { data } = await api.get(`/admin/orders/${orderId}?fields=id,customer_id,email`, await adminHeaders(api))
        return data.order as { id: string; customer_id: string; email: string }
      }
    })

    describe("the cart follows the person", () => {
      it("a second browser finds the customer's cart; a guest cart merges into it; nobody else's cart can be taken", async () => {
        const token = await registerCustomer(api, consumerKey, {
          email: "two-browsers@home.example",
          password: PASSWORD,
          first_name: "T",
          last_name: "B",
        })
        expect((await api.get("/store/account/cart", as(token))).data).toEqual({ cart_id: null })
        const { data: own } = await api.post("/store/carts", { region_id: eur }, storeHeaders(consumerKey, token))
        await api.post(`/store/carts/${own.cart.id}/line-items`, { variant_id: variantId, quantity: 1 }, as(token))

        // Browser 2 signs in with a fresh token: the same cart.
        const second = await customerToken(api, "two-browsers@home.example", PASSWORD)
        expect((await api.get("/store/account/cart", as(second))).data).toEqual({ cart_id: own.cart.id })
        // Trade key: the consumer cart is not the trade cart.
        expect((await api.get("/store/account/cart", storeHeaders(tradeKey, second))).data).toEqual({ cart_id: null })

        // A guest cart filled before signing in joins it.
        const { data: guest } = await api.post("/store/carts", { region_id: eur }, storeHeaders(consumerKey))
        await api.post(`/store/carts/${guest.cart.id}/line-items`, { variant_id: variantId, quantity: 2 }, as())
        const merged = await api.post("/store/account/cart/merge", { cart_id: guest.cart.id }, as(second))
        expect(merged.data).toEqual({ cart_id: guest.cart.id })
        const { data: after } = await api.get(`/store/carts/${guest.cart.id}?fields=items.quantity`, as(token))
        expect(after.cart.items.reduce((sum: number, i: { quantity: number }) => sum + Number(i.quantity), 0)).toBe(3)
        // It is now the customer's cart, found from the first browser too; the customer's old cart is untouched.
        expect((await api.get("/store/account/cart", as(token))).data).toEqual({ cart_id: guest.cart.id })
        const { data: old } = await api.get(`/store/carts/${own.cart.id}?fields=items.quantity`, as(token))
        expect(old.cart.items.map((i: { quantity: number }) => Number(i.quantity))).toEqual([1])

        // Another customer's cart is not a guest cart: 404, untouched.
        const other = await registerCustomer(api, consumerKey, {
          email: "other@home.example",
          password: PASSWORD,
          first_name: "O",
          last_name: "T",
        })
        const taken = await api.post("/store/account/cart/merge", { cart_id: guest.cart.id }, as(other))
        expect(taken.status).toBe(404)
        expect((await api.post("/store/account/cart/merge", { cart_id: own.cart.id }, as(other))).status).toBe(404)
        expect((await api.get("/store/account/cart", as(token))).data).toEqual({ cart_id: guest.cart.id })
        expect((await api.get("/store/account/cart", as(other))).data).toEqual({ cart_id: null })

        // Without a cart of their own, the guest cart becomes theirs.
        const { data: guest2 } = await api.post("/store/carts", { region_id: eur }, storeHeaders(consumerKey))
        const adopted = await api.post("/store/account/cart/merge", { cart_id: guest2.cart.id }, as(other))
        expect(adopted.data).toEqual({ cart_id: guest2.cart.id })
        expect((await api.get("/store/account/cart", as(other))).data).toEqual({ cart_id: guest2.cart.id })

        const bad = await api.post("/store/account/cart/merge", { cart_id: "nope" }, as(other))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/^cart_id: /)
      })
    })
  },
})
