import { integrationSuite } from "@hybrid/test-kit/integration-suite"
import { asEmployee, call, cartOf, seedCompany, type SeededCompany, storeHeaders } from "@hybrid/test-kit/fixtures"
import { beforeAll, describe, expect, it } from "vitest"

/**
 * Issue 13, items 14–17: malformed input a client controls answers 400 `invalid_data` naming what
 * is wrong, never 500, on our routes and on Medusa's own.
 */
integrationSuite({
  testSuite: ({ api, getContainer, store }) => {
    let acme: SeededCompany
    let quoteId: string
    let variantId: string
    const asEmployee = (who: string) => storeHeaders(store.tradeKey, acme.employees[who].token)

    beforeAll(async () => {
      acme = await seedCompany(getContainer(), api, store.tradeKey, {
        name: "Acme Input",
        employees: [
          { key: "admin", role: "admin" },
          { key: "buyer", role: "buyer" },
        ],
      })
      const cartId = await cartOf(api, store.tradeKey, acme.employees.buyer.token)
      const { data } = await api.post(
        "/store/quotes",
        { cart_id: cartId, message: "Bad input quote" },
        asEmployee("buyer")
      )
      quoteId = data.quote.id
      variantId = data.quote.lines[0].variant_id
    })

    /** A refusal as { status, type, message }. */
    const refusal = async (request: Promise<{ status: number; data: any }>) => {
      const { status, data } = await call(request)
      return { status, type: data?.type, message: String(data?.message ?? "") }
    }

    describe("item 14: NUL characters", () => {
      it("in a JSON body of store routes answers 400 naming the field", async () => {
        const application = await refusal(
          api.post(
            "/store/trade-applications",
            {
              company: { name: "Nul\u0000Roasters", email: "office@nul.example", currency_code: "eur" },
              applicant: {
                email: "nul@nul.example",
                password: "a-long-password",
                first_name: "N",
                last_name: "U",
              },
            },
            storeHeaders(store.tradeKey)
          )
        )
        expect(application).toEqual({
          status: 400,
          type: "invalid_data",
          message: "Body field company.name contains a NUL character",
        })

        const address = await refusal(
          api.post(
            "/store/companies/me/addresses",
            {
              label: "Depot",
              first_name: "A",
              last_name: "B",
              address_1: "Street 1\u0000",
              city: "Berlin",
              postal_code: "10115",
              country_code: "de",
            },
            asEmployee("admin")
          )
        )
        expect(address).toMatchObject({
          status: 400,
          type: "invalid_data",
          message: expect.stringContaining("address_1"),
        })

        const message = await refusal(
          api.post(`/store/quotes/${quoteId}/messages`, { body: "hello\u0000" }, asEmployee("buyer"))
        )
        expect(message).toMatchObject({ status: 400, message: "Body field body contains a NUL character" })
        // A key holding NUL is refused too.
        const key = await refusal(
          api.post(`/store/quotes/${quoteId}/messages`, { body: "hi", ["x\u0000"]: 1 }, asEmployee("buyer"))
        )
        expect(key).toMatchObject({ status: 400, message: expect.stringContaining("Body field name") })
      })

      it("in a JSON body of admin routes and of Medusa's own routes answers 400", async () => {
        const quoteMessage = await refusal(
          api.post(`/admin/quotes/${quoteId}/messages`, { body: "a\u0000b" }, store.admin)
        )
        expect(quoteMessage).toMatchObject({
          status: 400,
          type: "invalid_data",
          message: expect.stringContaining("body"),
        })
        const cart = await refusal(
          api.post(
            "/store/carts",
            { email: "x\u0000@example.com" },
            storeHeaders(store.tradeKey, acme.employees.buyer.token)
          )
        )
        expect(cart).toMatchObject({ status: 400, message: "Body field email contains a NUL character" })
        const signIn = await refusal(api.post("/auth/customer/emailpass", { email: "a\u0000@b.c", password: "x" }))
        expect(signIn).toMatchObject({ status: 400, type: "invalid_data" })
      })

      it("in a query answers 400 naming the parameter (search suggest, admin company search)", async () => {
        const suggest = await refusal(api.get("/store/search/suggest?q=a%00b", storeHeaders(store.tradeKey)))
        expect(suggest).toEqual({
          status: 400,
          type: "invalid_data",
          message: 'Query parameter "q" contains a NUL character',
        })
        const companies = await refusal(api.get("/admin/companies?q=a%00b", store.admin))
        expect(companies).toMatchObject({ status: 400, message: 'Query parameter "q" contains a NUL character' })
        const products = await refusal(api.get("/store/products?q=a%00b", storeHeaders(store.tradeKey)))
        expect(products).toMatchObject({ status: 400 })
      })

      it("in a path answers 400 naming the segment, GET /store/products/a%00b included", async () => {
        const product = await refusal(api.get("/store/products/a%00b", storeHeaders(store.tradeKey)))
        expect(product).toEqual({
          status: 400,
          type: "invalid_data",
          message: 'Path segment 3 ("a%00b") contains a NUL character',
        })
        for (const path of ["/store/quotes/a%00b", "/store/companies/me/addresses/a%00b", "/store/carts/a%00b"]) {
          expect((await refusal(api.get(path, asEmployee("admin")))).status, path).toBe(400)
        }
        expect((await refusal(api.get("/admin/companies/a%00b", store.admin))).status).toBe(400)
      })
    })

    describe("item 15: malformed percent-encoding", () => {
      it("in an id path segment answers 400 on every kind of route, /storefront-bootstrap/:channel included", async () => {
        const bootstrap = await refusal(api.get("/storefront-bootstrap/%E0%A4%A"))
        expect(bootstrap).toEqual({
          status: 400,
          type: "invalid_data",
          message: 'Path segment 2 ("%E0%A4%A") is not valid percent-encoding',
        })
        const storePaths = [
          "/store/products/%E0%A4%A",
          "/store/carts/%E0%A4%A",
          `/store/quotes/%E0%A4%A`,
          "/store/approvals/%E0%A4%A",
          "/store/companies/me/orders/%E0%A4%A",
          "/store/products/%E0%A4%A/bought-together",
        ]
        for (const path of storePaths) {
          expect(await refusal(api.get(path, asEmployee("admin"))), path).toMatchObject({
            status: 400,
            message: expect.stringContaining("not valid percent-encoding"),
          })
        }
        const adminPaths = ["/admin/companies/%E0%A4%A", "/admin/quotes/%E0%A4%A", "/admin/products/%E0%A4%A"]
        for (const path of adminPaths) {
          expect((await refusal(api.get(path, store.admin))).status, path).toBe(400)
        }
        expect(
          (await refusal(api.post(`/store/quotes/${quoteId}/messages?x=%E0%A4%A`, { body: "hi" }, asEmployee("buyer"))))
            .message
        ).toBe('Query parameter "x" is not valid percent-encoding')
      })
    })

    describe("item 16: integers of 2^31 and more", () => {
      it("quantity rule fields answer 400 naming the field, and nothing is stored", async () => {
        for (const field of ["increment", "min_quantity", "max_quantity"]) {
          const answer = await refusal(
            api.post("/admin/trade-pricing/quantity-rules", { variant_id: variantId, [field]: 2 ** 31 }, store.admin)
          )
          expect(answer, field).toMatchObject({
            status: 400,
            message: expect.stringMatching(new RegExp(`^${field}: `)),
          })
        }
        const { data } = await api.get(`/admin/trade-pricing/quantity-rules?variant_id=${variantId}`, store.admin)
        expect(data.quantity_rules ?? data.rules ?? []).toEqual([])
      })

      it("a quote's offered lines[].quantity answers 400 naming the field", async () => {
        const { data } = await api.get(`/admin/quotes/${quoteId}`, store.admin)
        const line = data.quote.lines[0]
        const answer = await refusal(
          api.post(
            `/admin/quotes/${quoteId}/send`,
            { lines: [{ id: line.id, quantity: 2 ** 31, unit_price: 10 }] },
            store.admin
          )
        )
        expect(answer).toMatchObject({ status: 400, message: expect.stringMatching(/lines.*quantity/) })
      })
    })

    describe("found by the fuzz suite", () => {
      it("unknown cart and payment collection ids answer 404 on Medusa routes that 500ed, and a line is deleted only through its own cart", async () => {
        const buyer = asEmployee("buyer")
        const cartId = await cartOf(api, store.tradeKey, acme.employees.buyer.token)
        const { data } = await api.get(`/store/carts/${cartId}`, buyer)
        const lineId = data.cart.items[0].id
        for (const path of [
          `/store/carts/cart_unknown/line-items/${lineId}`,
          `/store/carts/%F0%9F%92%A9/line-items/${lineId}`,
          `/store/carts/${cartId}/line-items/cali_unknown`,
        ]) {
          expect(await refusal(api.delete(path, buyer)), path).toMatchObject({ status: 404, type: "not_found" })
        }
        const promotions = await refusal(api.post("/store/carts/cart_unknown/promotions", { promo_codes: [] }, buyer))
        expect(promotions).toMatchObject({ status: 404, type: "not_found" })
        const sessions = await refusal(
          api.post(
            "/store/payment-collections/pay_col_unknown/payment-sessions",
            { provider_id: "pp_system_default" },
            buyer
          )
        )
        expect(sessions).toMatchObject({ status: 404, type: "not_found" })
        const after = await api.get(`/store/carts/${cartId}`, buyer)
        expect(after.data.cart.items.map((item: { id: string }) => item.id)).toEqual([lineId])
      })
    })

    describe("item 17: merchant-review rules take only the store's currencies", () => {
      it('"NaN" answers 400 naming currency_code and nothing is stored', async () => {
        const answer = await refusal(
          api.post(
            "/admin/approvals/merchant-review-rules",
            { currency_code: "NaN", amount_threshold: 100 },
            store.admin
          )
        )
        expect(answer).toMatchObject({
          status: 400,
          type: "invalid_data",
          message: expect.stringMatching(/^currency_code: .*eur/),
        })
        const { data } = await api.get("/admin/approvals/merchant-review-rules", store.admin)
        expect(data.rules.map((rule: { currency_code: string }) => rule.currency_code)).not.toContain("nan")
        // A currency of the store is still accepted.
        const saved = await api.post(
          "/admin/approvals/merchant-review-rules",
          { currency_code: "EUR", amount_threshold: 100 },
          store.admin
        )
        expect(saved.data.rules).toContainEqual(expect.objectContaining({ currency_code: "eur" }))
      })
    })
  },
})
