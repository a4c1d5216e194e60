import { integrationSuite } from "@hybrid/test-kit/integration-suite"
import {
  activeCompany,
  type ActiveCompany,
  cartOf,
  complete,
  failure,
  ON_ACCOUNT,
  publishableKey,
  readyCart,
  storeHeaders,
  SYSTEM_PROVIDER,
} from "@hybrid/test-kit/fixtures"

/**
 * Issue 13, item 13: cart ids are bearer secrets in Medusa (whoever holds one can change or
 * complete the cart), so the store API hands a customer no cart id but their own. Approvers and
 * admins decide a colleague's approval request and accept a quote through the request's or the
 * quote's id; the requester keeps seeing their own cart's id. Company orders stay company-scoped,
 * and Medusa's GET /store/orders/:id gives a registered customer's order only to that customer
 * (guest orders keep Medusa's behaviour: the id is the credential).
 */
integrationSuite({
  testSuite: ({ api, getContainer, store }) => {
    let A: ActiveCompany
    let B: ActiveCompany
    let variantId: string

    const asAdminA = () => storeHeaders(store.tradeKey, A.admin.token)
    const asBuyerA = () => storeHeaders(store.tradeKey, A.buyer.token)

    /** Every id-shaped string `cart_…` anywhere in a JSON body. */
    const cartIdsIn = (body: unknown) => [...JSON.stringify(body).matchAll(/cart_01[0-9A-Z]{20,}/g)].map((m) => m[0])

    beforeAll(async () => {
      A = await activeCompany(api, store.tradeKey, getContainer(), store.admin, "alpha")
      B = await activeCompany(api, store.tradeKey, getContainer(), store.admin, "bravo")
      const { data: products } = await api.get("/store/products?handle=paper-filters-v60", storeHeaders(store.tradeKey))
      variantId = products.products[0].variants[0].id
    })

    /** A's buyer submits a ready-to-order cart for approval (every buyer order needs one). */
    async function pendingApproval() {
      await api.post("/store/approvals/settings", { amount_threshold: 0, amount_applies_to: ["buyer"] }, asAdminA())
      const cartId = await readyCart(api, store.tradeKey, A.buyer.token, {
        regionId: store.eur,
        items: [{ variant_id: variantId, quantity: 1 }],
        provider: ON_ACCOUNT,
        trade: { company_address_id: A.addressId },
      })
      const { data } = await api.post(`/store/carts/${cartId}/approval`, { comment: "Please" }, asBuyerA())
      return { cartId, approvalId: data.approval.id as string, submitted: data.approval }
    }

    it("gives the requester their own cart id, and approvers and admins none of a colleague's", async () => {
      const { cartId, approvalId, submitted } = await pendingApproval()
      expect(submitted.cart_id).toBe(cartId)

      const { data: own } = await api.get(`/store/approvals/${approvalId}`, asBuyerA())
      expect(own.approval.cart_id).toBe(cartId)
      const { data: ownCart } = await api.get(`/store/carts/${cartId}/approval`, asBuyerA())
      expect(ownCart.approval.cart_id).toBe(cartId)

      const { data: inbox } = await api.get("/store/approvals?status=all", asAdminA())
      const listed = inbox.approvals.find((a: any) => a.id === approvalId)
      expect(listed).toMatchObject({ id: approvalId, status: "pending", cart_id: null })
      expect(listed.items).toHaveLength(1)
      expect(cartIdsIn(inbox)).not.toContain(cartId)

      const { data: detail } = await api.get(`/store/approvals/${approvalId}`, asAdminA())
      expect(detail.approval).toMatchObject({ id: approvalId, cart_id: null })
      expect(cartIdsIn(detail)).toEqual([])
    })

    it("lets the admin approve through the approval id, and the requester then order", async () => {
      const { cartId, approvalId } = await pendingApproval()
      const { status, data: decided } = await api.post(`/store/approvals/${approvalId}/approve`, {}, asAdminA())
      expect(status).toBe(200)
      expect(decided.approval).toMatchObject({ id: approvalId, status: "approved", cart_id: null })
      expect(cartIdsIn(decided)).toEqual([])

      const placed = await complete(api, store.tradeKey, A.buyer.token, cartId)
      expect(placed.status).toBe(200)
      expect(placed.data.type).toBe("order")
    })

    it("keeps the cart id in the merchant's admin view", async () => {
      const { cartId, approvalId } = await pendingApproval()
      await api.post(`/store/approvals/${approvalId}/approve`, {}, asAdminA())
      const placed = await complete(api, store.tradeKey, A.buyer.token, cartId)
      const orderId = placed.data.order.id
      const { data } = await api.get(`/admin/approvals/orders/${orderId}`, store.admin)
      expect(data.approval).toMatchObject({ id: approvalId, cart_id: cartId })
    })

    /** A's buyer requests a quote; the merchant sends it back unchanged. */
    async function sentQuote() {
      const requestCart = await cartOf(api, store.tradeKey, A.buyer.token)
      const { data: requested } = await api.post(
        "/store/quotes",
        { cart_id: requestCart, message: "Best price please" },
        asBuyerA()
      )
      const { data: sent } = await api.post(
        `/admin/quotes/${requested.quote.id}/send`,
        {
          expires_at: new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString(),
          lines: requested.quote.lines.map((l: any) => ({
            id: l.id,
            quantity: l.requested_quantity,
            unit_price: l.requested_unit_price,
          })),
        },
        store.admin
      )
      expect(sent.quote.status).toBe("sent")
      return { quoteId: requested.quote.id as string, requestCart }
    }

    it("shows a quote's accept cart id only to the customer whose cart it is", async () => {
      const { quoteId, requestCart } = await sentQuote()
      const { data: prepared } = await api.post(
        `/store/quotes/${quoteId}/cart`,
        { company_address_id: A.addressId },
        asBuyerA()
      )
      const acceptCart: string = prepared.cart_id
      expect(prepared.quote.accept_cart_id).toBe(acceptCart)
      const { data: mine } = await api.get(`/store/quotes/${quoteId}`, asBuyerA())
      expect(mine.quote.accept_cart_id).toBe(acceptCart)

      const { data: detail } = await api.get(`/store/quotes/${quoteId}`, asAdminA())
      expect(detail.quote.accept_cart_id).toBeNull()
      const { data: list } = await api.get("/store/quotes?status=all", asAdminA())
      expect(list.quotes.find((q: any) => q.id === quoteId).accept_cart_id).toBeNull()
      for (const body of [detail, list]) {
        expect(cartIdsIn(body)).not.toContain(acceptCart)
        expect(cartIdsIn(body)).not.toContain(requestCart)
      }

      // The merchant (admin API) still sees which cart the quote is ordered from.
      const { data: merchant } = await api.get(`/admin/quotes/${quoteId}`, store.admin)
      expect(merchant.quote.accept_cart_id).toBe(acceptCart)
    })

    it("lets a company admin accept a colleague's quote through the quote id alone", async () => {
      const { quoteId } = await sentQuote()
      await api.post(`/store/quotes/${quoteId}/cart`, { company_address_id: A.addressId }, asBuyerA())
      const { status, data } = await api.post(
        `/store/quotes/${quoteId}/accept`,
        { company_address_id: A.addressId },
        asAdminA()
      )
      expect(status).toBe(200)
      expect(data.quote.status).toBe("accepted")
      expect(data.order.id).toMatch(/^order_/)
      expect(data.quote.accept_cart_id).toBeNull()
    })

    it("answers a company's order only to that company (the trade site's /orders/:id)", async () => {
      const cartId = await readyCart(api, store.tradeKey, B.buyer.token, {
        regionId: store.eur,
        items: [{ variant_id: variantId, quantity: 1 }],
        provider: ON_ACCOUNT,
        trade: { company_address_id: B.addressId },
      })
      const placed = await complete(api, store.tradeKey, B.buyer.token, cartId)
      expect(placed.data.type).toBe("order")
      const orderId = placed.data.order.id

      const own = await api.get(`/store/companies/me/orders/${orderId}`, storeHeaders(store.tradeKey, B.admin.token))
      expect(own.status).toBe(200)
      expect(own.data.order.id).toBe(orderId)
      for (const other of [A.admin.token, A.buyer.token]) {
        const refused = await failure(
          api.get(`/store/companies/me/orders/${orderId}`, storeHeaders(store.tradeKey, other))
        )
        expect(refused.status).toBe(404)
        expect(JSON.stringify(refused.data)).not.toContain(B.addressId)
      }

      // Medusa's own GET /store/orders/:id: a registered customer's order only for that customer.
      const mine = await api.get(`/store/orders/${orderId}`, storeHeaders(store.tradeKey, B.buyer.token))
      expect(mine.status).toBe(200)
      expect(mine.data.order.id).toBe(orderId)
      for (const other of [undefined, A.admin.token, A.buyer.token, B.admin.token]) {
        const refused = await failure(api.get(`/store/orders/${orderId}`, storeHeaders(store.tradeKey, other)))
        expect(refused.status).toBe(404)
        expect(JSON.stringify(refused.data)).not.toMatch(/Hauptstraße|unit_price/)
      }
      const consumerKey = await publishableKey(api, "consumer")
      expect((await failure(api.get(`/store/orders/${orderId}`, storeHeaders(consumerKey)))).status).toBe(404)
    })

    it("keeps a guest order readable by its id (the consumer confirmation fetches it that way)", async () => {
      const consumerKey = await publishableKey(api, "consumer")
      const { data: regions } = await api.get("/store/regions", storeHeaders(consumerKey))
      const consumerEur = regions.regions.find((r: any) => r.currency_code === "eur").id
      const { data: products } = await api.get("/store/products?handle=colombia-huila", storeHeaders(consumerKey))
      const cartId = await readyCart(api, consumerKey, undefined, {
        regionId: consumerEur,
        items: [{ variant_id: products.products[0].variants[0].id, quantity: 1 }],
        provider: SYSTEM_PROVIDER,
      })
      const placed = await complete(api, consumerKey, undefined, cartId)
      expect(placed.data.type).toBe("order")
      const { status, data } = await api.get(`/store/orders/${placed.data.order.id}`, storeHeaders(consumerKey))
      expect(status).toBe(200)
      expect(data.order.id).toBe(placed.data.order.id)
    })
  },
})
