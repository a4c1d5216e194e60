import { beforeAll, describe, expect, it } from "vitest"
import { integrationSuite } from "@hybrid/test-kit/integration-suite"
import {
  companyModule,
  complete,
  consumerAccount,
  createFixedTotalProduct,
  createStockedProduct,
  eventually,
  failure,
  GERMAN_ADDRESS,
  ledger,
  ON_ACCOUNT,
  publishableKey,
  readyCart,
  seedCompany,
  type SeededCompany,
  storeHeaders,
  SYSTEM_PROVIDER,
  US_ADDRESS,
} from "@hybrid/test-kit/fixtures"
import { Modules } from "@medusajs/framework/utils"
import { COMPANY_MODULE } from "../../src/constants"

const DAY = 24 * 60 * 60 * 1000

/**
 * Trade checkout: trade details on the cart, the company rules Medusa's cart completion enforces,
 * what a placed order carries, and the company order history with reorder.
 */
integrationSuite({
  testSuite: ({ api, getContainer, store }) => {
    let beans: string
    let acme: SeededCompany
    let bistro: SeededCompany
    let consumerToken: string

    beforeAll(async () => {
      const container = getContainer()
      beans = (await createFixedTotalProduct(container, { handle: "checkout-test-beans", eurTotal: 120, usdPrice: 90 }))
        .variantId
      acme = await seedCompany(container, api, store.tradeKey, {
        name: "Acme Roasters",
        payment_terms: "net30",
        credit_limit: 10_000,
        po_required: true,
        employees: [
          { key: "admin", role: "admin" },
          { key: "approver", role: "approver" },
          { key: "buyer", role: "buyer" },
          { key: "buyer2", role: "buyer" },
          { key: "viewer", role: "viewer" },
        ],
      })
      bistro = await seedCompany(container, api, store.tradeKey, {
        name: "Bistro Bohne",
        payment_terms: "net15",
        credit_limit: 10_000,
        employees: [{ key: "admin", role: "admin" }],
      })
      consumerToken = await consumerAccount(api, store.tradeKey, "consumer@example.com")
    })

    const as = (company: SeededCompany, who: string) => storeHeaders(store.tradeKey, company.employees[who].token)
    const newCart = async (token: string | undefined, region = store.eur) => {
      const { data } = await api.post("/store/carts", { region_id: region }, storeHeaders(store.tradeKey, token))
      await api.post(
        `/store/carts/${data.cart.id}/line-items`,
        { variant_id: beans, quantity: 1 },
        storeHeaders(store.tradeKey, token)
      )
      return data.cart.id as string
    }
    const tradeDetails = (cartId: string, body: object, headers: object) =>
      api.post(`/store/companies/me/carts/${cartId}/trade-details`, body, headers)
    const placeOrder = async (company: SeededCompany, who: string, po: string | undefined, provider = ON_ACCOUNT) => {
      const cartId = await readyCart(api, store.tradeKey, company.employees[who].token, {
        regionId: store.eur,
        items: [{ variant_id: beans, quantity: 2 }],
        provider,
        trade: { company_address_id: company.addressId, po_number: po },
      })
      const result = await complete(api, store.tradeKey, company.employees[who].token, cartId)
      expect(result.data.type).toBe("order")
      return result.data.order
    }

    describe("payment providers", () => {
      it("offers the system provider in both regions, and pay on account only to employees who may use it", async () => {
        for (const region of [store.eur, store.usd]) {
          const ids = async (token?: string) =>
            (
              await api.get(`/store/payment-providers?region_id=${region}`, storeHeaders(store.tradeKey, token))
            ).data.payment_providers
              .map((p: any) => p.id)
              .sort()
          expect(await ids()).toEqual([SYSTEM_PROVIDER])
          expect(await ids(consumerToken)).toEqual([SYSTEM_PROVIDER])
          expect(await ids(acme.employees.viewer.token)).toEqual([SYSTEM_PROVIDER])
          expect(await ids(acme.employees.buyer.token)).toEqual([ON_ACCOUNT, SYSTEM_PROVIDER].sort())
        }
      })
    })

    describe("trade details", () => {
      it("copies the company address into shipping and billing and marks the cart with company and PO number", async () => {
        const cartId = await newCart(acme.employees.buyer.token)
        const { data } = await tradeDetails(
          cartId,
          { company_address_id: acme.addressId, po_number: "  PO-4711 " },
          as(acme, "buyer")
        )
        for (const address of [data.cart.shipping_address, data.cart.billing_address]) {
          expect(address).toMatchObject({
            first_name: "Frieda",
            last_name: "Filter",
            company: "Acme Roasters",
            address_1: "Kaffeegasse 1",
            city: "Berlin",
            postal_code: "10115",
            country_code: "de",
          })
        }
        expect(data.cart.metadata).toMatchObject({ company_id: acme.id, po_number: "PO-4711" })
      })

      it("answers 404 for another company's address, an unknown address and a cart that is not the caller's", async () => {
        const cartId = await newCart(acme.employees.buyer.token)
        const foreign = await failure(
          tradeDetails(cartId, { company_address_id: bistro.addressId, po_number: "PO-1" }, as(acme, "buyer"))
        )
        expect(foreign.status).toBe(404)
        expect(foreign.data.message).not.toContain("Bistro")
        expect(
          (
            await failure(
              tradeDetails(cartId, { company_address_id: "caddr_nope", po_number: "PO-1" }, as(acme, "buyer"))
            )
          ).status
        ).toBe(404)

        // A colleague's cart, another company's admin on it, and an unknown cart.
        expect(
          (
            await failure(
              tradeDetails(cartId, { company_address_id: acme.addressId, po_number: "PO-1" }, as(acme, "buyer2"))
            )
          ).status
        ).toBe(404)
        expect(
          (await failure(tradeDetails(cartId, { company_address_id: bistro.addressId }, as(bistro, "admin")))).status
        ).toBe(404)
        expect(
          (
            await failure(
              tradeDetails("cart_nope", { company_address_id: acme.addressId, po_number: "PO-1" }, as(acme, "buyer"))
            )
          ).status
        ).toBe(404)

        // Nothing was written on the cart: it stays the company's it was created for (its stamp), without
        // address or PO number.
        const { data } = await api.get(`/store/carts/${cartId}`, as(acme, "buyer"))
        expect(data.cart.shipping_address ?? null).toBeNull()
        expect(data.cart.metadata ?? {}).toEqual({ company_id: acme.id })
      })

      it("requires the PO number when the company says so, and validates the body", async () => {
        const cartId = await newCart(acme.employees.buyer.token)
        for (const body of [
          { company_address_id: acme.addressId },
          { company_address_id: acme.addressId, po_number: "   " },
        ]) {
          const { status, data } = await failure(tradeDetails(cartId, body, as(acme, "buyer")))
          expect(status).toBe(400)
          expect(data.type).toBe("invalid_data")
          expect(data.message).toContain("po_number")
        }
        const missing = await failure(tradeDetails(cartId, { po_number: "PO-1" }, as(acme, "buyer")))
        expect(missing.status).toBe(400)
        expect(missing.data.message).toContain("company_address_id")
        expect(
          (
            await failure(
              tradeDetails(
                cartId,
                { company_address_id: acme.addressId, po_number: "PO-1", company_id: bistro.id },
                as(acme, "buyer")
              )
            )
          ).status
        ).toBe(400)

        // Bistro does not require one.
        const bistroCart = await newCart(bistro.employees.admin.token)
        const { data } = await tradeDetails(bistroCart, { company_address_id: bistro.addressId }, as(bistro, "admin"))
        expect(data.cart.metadata).toMatchObject({ company_id: bistro.id, po_number: null })
      })

      it("is for checkout roles of active companies only: 401 anonymous, 404 outsiders, 403 viewers", async () => {
        const cartId = await newCart(acme.employees.viewer.token)
        const body = { company_address_id: acme.addressId, po_number: "PO-1" }
        expect((await failure(tradeDetails(cartId, body, storeHeaders(store.tradeKey)))).status).toBe(401)
        expect((await failure(tradeDetails(cartId, body, storeHeaders(store.tradeKey, consumerToken)))).status).toBe(
          404
        )
        expect((await failure(tradeDetails(cartId, body, as(acme, "viewer")))).status).toBe(403)

        // The cart is made before the suspension: afterwards the buyer holds no trade account, so the
        // Trade channel gives them no new cart at all.
        const buyerCart = await newCart(acme.employees.buyer.token)
        await companyModule(getContainer()).updateCompanies({ id: acme.id, status: "suspended" })
        expect((await failure(tradeDetails(buyerCart, body, as(acme, "buyer")))).status).toBe(404)
      })
    })

    describe("cart completion rules", () => {
      it("checks the PO number again at completion, so skipping the trade-details route does not help", async () => {
        const cartId = await readyCart(api, store.tradeKey, acme.employees.buyer.token, {
          regionId: store.eur,
          items: [{ variant_id: beans, quantity: 1 }],
          provider: SYSTEM_PROVIDER,
          address: GERMAN_ADDRESS,
        })
        const refused = await complete(api, store.tradeKey, acme.employees.buyer.token, cartId)
        expect(refused.status).toBe(400)
        expect(refused.data.type).toBe("invalid_data")
        expect(refused.data.message).toContain("po_number")
        expect(await ledger(getContainer(), acme.id)).toHaveLength(0)

        await api.post(`/store/carts/${cartId}`, { metadata: { po_number: "PO-99" } }, as(acme, "buyer"))
        expect((await complete(api, store.tradeKey, acme.employees.buyer.token, cartId)).data.type).toBe("order")
      })

      it("refuses viewers, inactive companies and carts in another currency than the company's", async () => {
        const viewerCart = await readyCart(api, store.tradeKey, acme.employees.viewer.token, {
          regionId: store.eur,
          items: [{ variant_id: beans, quantity: 1 }],
          provider: SYSTEM_PROVIDER,
          address: GERMAN_ADDRESS,
        })
        await api.post(`/store/carts/${viewerCart}`, { metadata: { po_number: "PO-1" } }, as(acme, "viewer"))
        const viewer = await complete(api, store.tradeKey, acme.employees.viewer.token, viewerCart)
        expect(viewer.status).toBe(400)
        expect(viewer.data.message).toContain("viewers cannot place orders")

        const usdCart = await readyCart(api, store.tradeKey, acme.employees.buyer.token, {
          regionId: store.usd,
          items: [{ variant_id: beans, quantity: 1 }],
          provider: SYSTEM_PROVIDER,
          address: US_ADDRESS,
        })
        // The company's address is refused on it, naming the currency (not Medusa's "Country de not within region").
        const details = await failure(
          api.post(
            `/store/companies/me/carts/${usdCart}/trade-details`,
            { company_address_id: acme.addressId, po_number: "PO-1" },
            as(acme, "buyer")
          )
        )
        expect([details.status, details.data.message]).toEqual([
          400,
          "cart_id: Acme Roasters buys in EUR; this cart is in USD. Choose prices for a country that pays in EUR.",
        ])
        await api.post(`/store/carts/${usdCart}`, { metadata: { po_number: "PO-1" } }, as(acme, "buyer"))
        const currency = await complete(api, store.tradeKey, acme.employees.buyer.token, usdCart)
        expect(currency.status).toBe(400)
        expect(currency.data.message).toContain("Acme Roasters buys in EUR; this cart is in USD")

        const buyerCart = await readyCart(api, store.tradeKey, acme.employees.buyer.token, {
          regionId: store.eur,
          items: [{ variant_id: beans, quantity: 1 }],
          provider: SYSTEM_PROVIDER,
          trade: { company_address_id: acme.addressId, po_number: "PO-1" },
        })
        for (const status of ["suspended", "pending"] as const) {
          await companyModule(getContainer()).updateCompanies({ id: acme.id, status })
          const refused = await complete(api, store.tradeKey, acme.employees.buyer.token, buyerCart)
          expect(refused.status).toBe(400)
          expect(refused.data.message).toContain(`Your company account is ${status}`)
        }
        expect(await ledger(getContainer(), acme.id)).toHaveLength(0)
      })

      it("leaves consumers' checkout as it was", async () => {
        // A consumer orders on the consumer site's key (the Trade channel is for trade accounts).
        const consumerKey = await publishableKey(api, "consumer")
        const cartId = await readyCart(api, consumerKey, consumerToken, {
          regionId: store.eur,
          items: [{ variant_id: beans, quantity: 1 }],
          provider: SYSTEM_PROVIDER,
          address: GERMAN_ADDRESS,
        })
        expect((await complete(api, consumerKey, consumerToken, cartId)).data.type).toBe("order")
        const all = await companyModule(getContainer()).listSpendCommitments({})
        expect(all).toHaveLength(0)
      })
    })

    describe("placed orders", () => {
      it("files an on-account order under the company: ledger, link and metadata with terms and due date", async () => {
        const order = await placeOrder(acme, "buyer", "PO-2024-17")
        const container = getContainer()

        const [commitment] = await eventually(
          () => ledger(container, acme.id),
          (rows) => rows[0]?.order_id === order.id
        )
        expect(commitment).toMatchObject({ employee_id: acme.employees.buyer.id, on_account: true })

        const {
          data: [placed],
        } = await eventually(
          () =>
            container.resolve("query").graph({
              entity: "order",
              fields: ["id", "created_at", "metadata"],
              filters: { id: order.id },
            }),
          ({ data }: any) => !!data[0]?.metadata?.due_date
        )
        const due = new Date(new Date(placed.created_at).getTime() + 30 * DAY).toISOString()
        expect(placed.metadata).toMatchObject({
          company_id: acme.id,
          employee_id: acme.employees.buyer.id,
          po_number: "PO-2024-17",
          payment_terms: "net30",
          due_date: due,
        })

        const links = await container.resolve("link").list({
          [COMPANY_MODULE]: { company_id: acme.id },
          [Modules.ORDER]: { order_id: order.id },
        })
        expect(links).toHaveLength(1)
      })

      it("marks an order paid up front as prepaid, without a due date", async () => {
        const order = await placeOrder(bistro, "admin", undefined, SYSTEM_PROVIDER)
        const { data } = await eventually(
          () => api.get(`/store/companies/me/orders/${order.id}`, as(bistro, "admin")),
          ({ data }: any) => data.order.metadata?.payment_terms !== undefined
        )
        expect(data.order).toMatchObject({
          po_number: null,
          payment_terms: "prepaid",
          due_date: null,
          on_account: false,
        })
        expect(data.order.metadata).toMatchObject({ company_id: bistro.id, payment_terms: "prepaid", due_date: null })
      })
    })

    describe("company orders and reorder", () => {
      let orders: Record<string, any>

      const seedOrders = async () => {
        orders = {
          buyer: await placeOrder(acme, "buyer", "PO-B1"),
          buyer2: await placeOrder(acme, "buyer2", "PO-B2"),
          admin: await placeOrder(acme, "admin", "PO-A1", SYSTEM_PROVIDER),
          bistro: await placeOrder(bistro, "admin", undefined),
        }
      }
      const list = async (company: SeededCompany, who: string) =>
        (await api.get("/store/companies/me/orders", as(company, who))).data

      it("shows admins, approvers and viewers every company order, buyers their own", async () => {
        await seedOrders()
        for (const who of ["admin", "approver", "viewer"]) {
          const data = await list(acme, who)
          expect(data.count).toBe(3)
          expect(data.orders.map((o: any) => o.id).sort()).toEqual(
            [orders.buyer.id, orders.buyer2.id, orders.admin.id].sort()
          )
        }
        const own = await list(acme, "buyer")
        expect(own.count).toBe(1)
        expect(own.orders[0]).toMatchObject({
          id: orders.buyer.id,
          display_id: orders.buyer.display_id,
          po_number: "PO-B1",
          payment_terms: "net30",
          on_account: true,
          employee: { id: acme.employees.buyer.id, role: "buyer", customer: { email: acme.employees.buyer.email } },
        })
        expect(new Date(own.orders[0].due_date).getTime() - new Date(own.orders[0].created_at).getTime()).toBe(30 * DAY)
        expect(own.orders[0].items[0]).toMatchObject({ variant_id: beans, quantity: 2 })

        const bistroList = await list(bistro, "admin")
        expect(bistroList.orders.map((o: any) => o.id)).toEqual([orders.bistro.id])

        // Pagination, newest first.
        const { data: page } = await api.get("/store/companies/me/orders?limit=2&offset=0", as(acme, "admin"))
        expect(page).toMatchObject({ count: 3, limit: 2, offset: 0 })
        expect(page.orders.map((o: any) => o.id)).toEqual([orders.admin.id, orders.buyer2.id])

        expect((await failure(api.get("/store/companies/me/orders", storeHeaders(store.tradeKey)))).status).toBe(401)
        expect(
          (await failure(api.get("/store/companies/me/orders", storeHeaders(store.tradeKey, consumerToken)))).status
        ).toBe(404)
      })

      it("answers 404 for another company's order and, to buyers, for a colleague's", async () => {
        await seedOrders()
        const get = (id: string, headers: object) => api.get(`/store/companies/me/orders/${id}`, headers)
        expect((await get(orders.buyer2.id, as(acme, "viewer"))).data.order.po_number).toBe("PO-B2")
        expect((await failure(get(orders.buyer2.id, as(acme, "buyer")))).status).toBe(404)
        expect((await failure(get(orders.buyer.id, as(bistro, "admin")))).status).toBe(404)
        expect((await failure(get(orders.bistro.id, as(acme, "admin")))).status).toBe(404)
        expect((await failure(get("order_nope", as(acme, "admin")))).status).toBe(404)
        expect((await failure(get(orders.buyer.id, storeHeaders(store.tradeKey, consumerToken)))).status).toBe(404)
      })

      it("reorders into a new cart or the caller's cart in one request; viewers cannot, other companies get 404", async () => {
        await seedOrders()
        const reorder = (id: string, headers: object, body: object = {}) =>
          api.post(`/store/companies/me/orders/${id}/reorder`, body, headers)

        const { data: fresh } = await reorder(orders.buyer.id, as(acme, "buyer"))
        expect(fresh.cart.customer_id).toBe(acme.employees.buyer.customerId)
        expect(fresh.cart.region_id).toBe(store.eur)
        expect(fresh.cart.items.map((i: any) => [i.variant_id, i.quantity])).toEqual([[beans, 2]])

        // An approver reorders a colleague's order into the cart they already have.
        const cartId = await newCart(acme.employees.approver.token)
        const { data: merged } = await reorder(orders.buyer2.id, as(acme, "approver"), { cart_id: cartId })
        expect(merged.cart.id).toBe(cartId)
        expect(merged.cart.items.reduce((n: number, i: any) => n + i.quantity, 0)).toBe(3)

        const viewer = await failure(reorder(orders.buyer.id, as(acme, "viewer")))
        expect(viewer.status).toBe(403)
        expect((await failure(reorder(orders.buyer2.id, as(acme, "buyer")))).status).toBe(404)
        expect((await failure(reorder(orders.buyer.id, as(bistro, "admin")))).status).toBe(404)
        expect((await failure(reorder(orders.buyer.id, as(acme, "buyer"), { cart_id: cartId }))).status).toBe(404)
        expect((await failure(reorder(orders.buyer.id, storeHeaders(store.tradeKey)))).status).toBe(401)
      })

      it("refuses a reorder the stock cannot cover, naming the line and how many are left, and adds nothing", async () => {
        const { variant } = await createStockedProduct(getContainer(), {
          handle: "last-sacks",
          units: 3,
          title: "Green beans",
        })
        const cartId = await readyCart(api, store.tradeKey, acme.employees.buyer.token, {
          regionId: store.eur,
          items: [{ variant_id: variant, quantity: 2 }],
          provider: ON_ACCOUNT,
          trade: { company_address_id: acme.addressId, po_number: "PO-SACKS" },
        })
        const placed = await complete(api, store.tradeKey, acme.employees.buyer.token, cartId)
        expect(placed.data.type).toBe("order")
        // 2 of 3 sold: ordering the same 2 again cannot be covered.
        const refused = await failure(
          api.post(`/store/companies/me/orders/${placed.data.order.id}/reorder`, {}, as(acme, "buyer"))
        )
        expect(refused.status).toBe(409)
        expect(refused.data).toEqual({
          type: "conflict",
          code: "insufficient_inventory",
          message:
            "Not enough stock to order again: Green beans · One (LAST-SACKS): only 1 in stock; asked for 2. Nothing was added to the cart.",
          lines: [{ variant_id: variant, sku: "LAST-SACKS", title: "Green beans · One", quantity: 2, available: 1 }],
        })
        // Into an existing cart: unchanged, and no new cart was made for the buyer.
        const open = await newCart(acme.employees.buyer.token)
        const before = (await api.get(`/store/carts/${open}`, as(acme, "buyer"))).data.cart.items
        const intoCart = await failure(
          api.post(`/store/companies/me/orders/${placed.data.order.id}/reorder`, { cart_id: open }, as(acme, "buyer"))
        )
        expect([intoCart.status, intoCart.data.code]).toEqual([409, "insufficient_inventory"])
        const after = (await api.get(`/store/carts/${open}`, as(acme, "buyer"))).data.cart.items
        expect(after.map((i: any) => [i.variant_id, i.quantity])).toEqual(
          before.map((i: any) => [i.variant_id, i.quantity])
        )
        expect((await api.get("/store/companies/me/cart", as(acme, "buyer"))).data.cart?.id ?? null).toBe(open)
      })
    })
  },
})
