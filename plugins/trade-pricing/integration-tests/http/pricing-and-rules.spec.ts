import { beforeAll, describe, expect, it } from "vitest"
import { integrationSuite } from "@hybrid/test-kit/integration-suite"
import { cartQuantities, consumerAccount, failure, newCart, storeHeaders, tradeCart } from "@hybrid/test-kit/fixtures"
import { approvedBuyer, type Buyer, type TestVariant, tradePricedProducts } from "../helpers/trade-pricing"

const DAY = 24 * 60 * 60 * 1000

/**
 * Price precedence (Trade list + company lists, date windows, tiers), price explanations without
 * foreign prices, quantity rules through the raw API, and net/gross totals per audience.
 */
integrationSuite({
  testSuite: ({ api, getContainer, store }) => {
    let v: Record<string, TestVariant>
    let A: Buyer
    let B: Buyer
    let consumerToken: string
    const lists = {} as { trade: string; A: string; B: string; expired: string; future: string }

    beforeAll(async () => {
      const container = getContainer()
      ;({ variants: v, tradeList: lists.trade } = await tradePricedProducts(container, [
        { sku: "TP-X", eur: 100, trade: [{ amount: 80 }] },
        { sku: "TP-Y", eur: 50, trade: [{ amount: 30 }] },
        {
          sku: "TP-T",
          eur: 20,
          trade: [{ amount: 16 }, { amount: 15, min_quantity: 10 }, { amount: 12, min_quantity: 50 }],
        },
        { sku: "TP-E", eur: 30, trade: [{ amount: 25 }] },
        { sku: "TP-CASE", eur: 10, trade: [{ amount: 8 }] },
        { sku: "TP-CONSUMER", eur: 15, channels: ["Consumer"] },
      ]))
      A = await approvedBuyer(api, store.tradeKey, store.admin, "alpha")
      B = await approvedBuyer(api, store.tradeKey, store.admin, "bravo")
      const companyList = async (companyId: string, body: object) =>
        (await api.post(`/admin/trade-pricing/companies/${companyId}/price-list`, body, store.admin)).data.price_list
          .id as string
      lists.A = await companyList(A.companyId, {
        title: "Alpha contract",
        prices: [
          { variant_id: v["TP-X"].id, currency_code: "eur", amount: 70 },
          { variant_id: v["TP-Y"].id, currency_code: "eur", amount: 40 },
          { variant_id: v["TP-T"].id, currency_code: "eur", amount: 14, min_quantity: 10 },
        ],
      })
      lists.expired = await companyList(A.companyId, {
        title: "Alpha last year",
        starts_at: new Date(Date.now() - 10 * DAY).toISOString(),
        ends_at: new Date(Date.now() - DAY).toISOString(),
        prices: [{ variant_id: v["TP-E"].id, currency_code: "eur", amount: 5 }],
      })
      lists.future = await companyList(A.companyId, {
        title: "Alpha next year",
        starts_at: new Date(Date.now() + 2 * DAY).toISOString(),
        prices: [{ variant_id: v["TP-E"].id, currency_code: "eur", amount: 6 }],
      })
      lists.B = await companyList(B.companyId, {
        title: "Bravo contract",
        prices: [{ variant_id: v["TP-X"].id, currency_code: "eur", amount: 60 }],
      })
      consumerToken = await consumerAccount(api, store.consumerKey, "consumer@example.com")
      await api.post(
        "/admin/trade-pricing/quantity-rules",
        { variant_id: v["TP-CASE"].id, min_quantity: 12, increment: 6, max_quantity: 120 },
        store.admin
      )
    })

    /** calculated_price of a test variant from /store/products for a caller. */
    const storePrice = async (sku: string, token?: string, key = store.tradeKey) => {
      const { data } = await api.get(
        `/store/products?handle=${v[sku].handle}&region_id=${store.eur}&country_code=de&fields=*variants.calculated_price`,
        storeHeaders(key, token)
      )
      return data.products[0].variants[0].calculated_price
    }
    // The JSON of GET /store/trade-pricing/prices, read field by field.
    const explain = async (skus: string[], quantity: number, token?: string): Promise<Record<string, any>[]> => {
      const ids = skus.map((s) => v[s].id).join(",")
      const { data } = await api.get(
        `/store/trade-pricing/prices?region_id=${store.eur}&variant_id=${ids}&quantity=${quantity}`,
        storeHeaders(store.tradeKey, token)
      )
      return data.prices
    }

    describe("price precedence", () => {
      it("company list created by the plugin has the documented shape", async () => {
        const { data } = await api.get(`/admin/price-lists/${lists.A}`, store.admin)
        expect(data.price_list).toMatchObject({ type: "sale", status: "active" })
        expect(Object.keys(data.price_list.rules)).toEqual(["customer.groups.id"])
        expect(data.price_list.rules["customer.groups.id"]).toHaveLength(1)
      })

      it("the lowest of the buyer's lists wins: company cheaper on X, Trade cheaper on Y; B never gets A's list", async () => {
        const ax = await storePrice("TP-X", A.token)
        expect(ax.calculated_amount).toBe(70)
        expect(ax.calculated_price.price_list_id).toBe(lists.A)
        const ay = await storePrice("TP-Y", A.token)
        expect(ay.calculated_amount).toBe(30)
        expect(ay.calculated_price.price_list_id).toBe(lists.trade)
        const bx = await storePrice("TP-X", B.token)
        expect(bx.calculated_amount).toBe(60)
        expect(bx.calculated_price.price_list_id).toBe(lists.B)
        expect((await storePrice("TP-Y", B.token)).calculated_amount).toBe(30)
        expect((await storePrice("TP-X")).calculated_amount).toBe(100)
        expect((await storePrice("TP-X", consumerToken, store.consumerKey)).calculated_amount).toBe(100)

        const explained = await explain(["TP-X", "TP-Y"], 1, A.token)
        expect(explained.map((p) => [p.unit_price, p.source.price_list_id])).toEqual([
          [70, lists.A],
          [30, lists.trade],
        ])
      })

      it("an expired or not yet started company list does not apply: Trade price", async () => {
        const ae = await storePrice("TP-E", A.token)
        expect(ae.calculated_amount).toBe(25)
        expect(ae.calculated_price.price_list_id).toBe(lists.trade)
        expect((await explain(["TP-E"], 1, A.token))[0]).toMatchObject({
          unit_price: 25,
          source: { title: "Trade prices" },
        })
      })

      it("volume tiers at 10+ and 50+: the lowest applicable price at each quantity", async () => {
        const at = async (quantity: number, token: string) => (await explain(["TP-T"], quantity, token))[0].unit_price
        expect([await at(1, A.token), await at(10, A.token), await at(49, A.token), await at(50, A.token)]).toEqual([
          16, 14, 14, 12,
        ])
        expect([await at(1, B.token), await at(10, B.token), await at(50, B.token)]).toEqual([16, 15, 12])
      })

      it("cart lines are repriced at the tier of their quantity as it changes", async () => {
        const auth = storeHeaders(store.tradeKey, A.token)
        const cart = await newCart(api, store.tradeKey, store.eur, A.token)
        const added = await api.post(
          `/store/carts/${cart.id}/line-items`,
          { variant_id: v["TP-T"].id, quantity: 1 },
          auth
        )
        const line = added.data.cart.items[0]
        expect(line.unit_price).toBe(16)
        const unitAt = async (quantity: number) =>
          (await api.post(`/store/carts/${cart.id}/line-items/${line.id}`, { quantity }, auth)).data.cart.items[0]
            .unit_price
        expect(await unitAt(10)).toBe(14)
        expect(await unitAt(50)).toBe(12)
        expect(await unitAt(9)).toBe(16)
        // Adding to an existing line prices the merged quantity.
        const merged = await api.post(
          `/store/carts/${cart.id}/line-items`,
          { variant_id: v["TP-T"].id, quantity: 1 },
          auth
        )
        expect(merged.data.cart.items[0]).toMatchObject({ quantity: 10, unit_price: 14 })

        const bCart = await newCart(api, store.tradeKey, store.eur, B.token)
        const bAdded = await api.post(
          `/store/carts/${bCart.id}/line-items`,
          { variant_id: v["TP-T"].id, quantity: 10 },
          storeHeaders(store.tradeKey, B.token)
        )
        expect(bAdded.data.cart.items[0].unit_price).toBe(15)
      })
    })

    describe("price explanations", () => {
      it("explains the buyer's price: RRP net and gross, saving, source list and tier, own tiers", async () => {
        const [t] = await explain(["TP-T"], 12, A.token)
        expect(t).toMatchObject({
          variant_id: v["TP-T"].id,
          sku: "TP-T",
          currency_code: "eur",
          quantity: 12,
          unit_price: 14,
          rrp: { net: 20, gross: 24 },
          saving: { amount: 6, percent: 30 },
          source: { type: "price_list", price_list_id: lists.A, title: "Alpha contract", min_quantity: 10 },
          quantity_rule: null,
        })
        expect(t.tiers).toEqual([
          { min_quantity: 1, max_quantity: 9, unit_price: 16, source_title: "Trade prices", current: false },
          { min_quantity: 10, max_quantity: 49, unit_price: 14, source_title: "Alpha contract", current: true },
          { min_quantity: 50, max_quantity: null, unit_price: 12, source_title: "Trade prices", current: false },
        ])
        const [c] = await explain(["TP-CASE"], 12, A.token)
        expect(c.quantity_rule).toEqual({ min_quantity: 12, increment: 6, max_quantity: 120 })
      })

      it("never shows another company's list: B's and a guest's answers hold none of A's prices", async () => {
        const b = await explain(["TP-T", "TP-X", "TP-Y", "TP-E"], 10, B.token)
        const text = JSON.stringify(b)
        for (const foreign of [lists.A, lists.expired, lists.future, "Alpha"]) {
          expect(text).not.toContain(foreign)
        }
        expect(b[0].tiers.map((t: any) => t.unit_price)).toEqual([16, 15, 12])
        expect(b[1].unit_price).toBe(60)
        const guest = await explain(["TP-T", "TP-X"], 10)
        expect(guest.map((p) => [p.unit_price, p.source, p.saving, p.tiers.length])).toEqual([
          [20, { type: "base" }, null, 1],
          [100, { type: "base" }, null, 1],
        ])
        const a = JSON.stringify(await explain(["TP-X"], 1, A.token))
        expect(a).not.toContain(lists.B)
        expect(a).not.toContain("Bravo")
      })

      it("answers 404 naming variants outside the key's channel and 400 naming bad parameters", async () => {
        const outside = await failure(
          api.get(
            `/store/trade-pricing/prices?region_id=${store.eur}&variant_id=${v["TP-CONSUMER"].id}`,
            storeHeaders(store.tradeKey)
          )
        )
        expect(outside.status).toBe(404)
        expect(outside.data.message).toContain(v["TP-CONSUMER"].id)
        const region = await failure(
          api.get(
            `/store/trade-pricing/prices?region_id=reg_nope&variant_id=${v["TP-X"].id}`,
            storeHeaders(store.tradeKey)
          )
        )
        expect(region.status).toBe(400)
        expect(region.data.message).toMatch(/^region_id:/)
        const quantity = await failure(
          api.get(
            `/store/trade-pricing/prices?region_id=${store.eur}&variant_id=${v["TP-X"].id}&quantity=0`,
            storeHeaders(store.tradeKey)
          )
        )
        expect(quantity.status).toBe(400)
        expect(quantity.data.message).toContain("quantity")
      })

      it("explains each cart line of the caller's own cart, with the next tier; others get 404", async () => {
        const auth = storeHeaders(store.tradeKey, A.token)
        const cart = await newCart(api, store.tradeKey, store.eur, A.token)
        await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: v["TP-T"].id, quantity: 10 }, auth)
        await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: v["TP-CASE"].id, quantity: 12 }, auth)
        const { data, headers } = await api.get(`/store/carts/${cart.id}/price-explanations`, auth)
        expect(headers["cache-control"]).toContain("no-store")
        const t = data.lines.find((l: any) => l.sku === "TP-T")
        expect(t).toMatchObject({
          quantity: 10,
          unit_price: 14,
          rrp: { net: 20, gross: 24 },
          saving: { amount: 6, percent: 30 },
          source: { type: "price_list", price_list_id: lists.A },
          next_tier: { min_quantity: 50, unit_price: 12 },
          quantity_rule: null,
        })
        const { data: full } = await api.get(`/store/carts/${cart.id}?fields=items.unit_price,items.variant_sku`, auth)
        expect(full.cart.items.find((i: any) => i.variant_sku === "TP-T").unit_price).toBe(t.unit_price)
        expect(data.lines.find((l: any) => l.sku === "TP-CASE")).toMatchObject({
          unit_price: 8,
          quantity_rule: { min_quantity: 12, increment: 6, max_quantity: 120 },
          next_tier: null,
        })
        for (const token of [B.token, undefined]) {
          const foreign = await failure(
            api.get(`/store/carts/${cart.id}/price-explanations`, storeHeaders(store.tradeKey, token))
          )
          expect(foreign.status).toBe(404)
        }
      })
    })

    describe("quantity rules", () => {
      const RULE_MESSAGE = "quantity: SKU TP-CASE is sold in multiples of 6 from 12 up to 120"

      it("refuses adds below the minimum, off the increment and above the maximum, naming SKU and allowed quantities", async () => {
        const auth = storeHeaders(store.tradeKey, A.token)
        const cart = await newCart(api, store.tradeKey, store.eur, A.token)
        const add = (quantity: number) =>
          failure(api.post(`/store/carts/${cart.id}/line-items`, { variant_id: v["TP-CASE"].id, quantity }, auth))
        const below = await add(6)
        expect(below.status).toBe(400)
        expect(below.data).toEqual({ type: "invalid_data", message: `${RULE_MESSAGE} (nearest allowed: 12, 18)` })
        expect((await add(13)).data.message).toBe(`${RULE_MESSAGE} (nearest allowed: 12, 18)`)
        expect((await add(126)).data.message).toBe(`${RULE_MESSAGE} (nearest allowed: 114, 120)`)
        expect(await cartQuantities(api, store.tradeKey, cart.id, A.token)).toEqual({})

        await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: v["TP-CASE"].id, quantity: 12 }, auth)
        // What the cart holds counts: 12 + 5 = 17 is refused, 12 + 6 = 18 is fine, 18 + 108 = 126 is refused.
        const onTop = await add(5)
        expect(onTop.status).toBe(400)
        expect(onTop.data.message).toContain("the cart would hold 17")
        await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: v["TP-CASE"].id, quantity: 6 }, auth)
        expect((await add(108)).status).toBe(400)
        expect(await cartQuantities(api, store.tradeKey, cart.id, A.token)).toEqual({ "TP-CASE": 18 })
      })

      it("refuses updating a line to a bad quantity and keeps the line; removing is always allowed", async () => {
        const auth = storeHeaders(store.tradeKey, A.token)
        const cart = await newCart(api, store.tradeKey, store.eur, A.token)
        const { data } = await api.post(
          `/store/carts/${cart.id}/line-items`,
          { variant_id: v["TP-CASE"].id, quantity: 24 },
          auth
        )
        const lineId = data.cart.items[0].id
        const bad = await failure(api.post(`/store/carts/${cart.id}/line-items/${lineId}`, { quantity: 25 }, auth))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toBe(`${RULE_MESSAGE} (nearest allowed: 24, 30)`)
        expect(await cartQuantities(api, store.tradeKey, cart.id, A.token)).toEqual({ "TP-CASE": 24 })
        await api.post(`/store/carts/${cart.id}/line-items/${lineId}`, { quantity: 30 }, auth)
        await api.post(`/store/carts/${cart.id}/line-items/${lineId}`, { quantity: 0 }, auth)
        expect(await cartQuantities(api, store.tradeKey, cart.id, A.token)).toEqual({})
      })

      it("checks POST /store/carts with items", async () => {
        const bad = await failure(
          api.post(
            "/store/carts",
            { region_id: store.eur, items: [{ variant_id: v["TP-CASE"].id, quantity: 7 }] },
            storeHeaders(store.tradeKey, A.token)
          )
        )
        expect(bad.status).toBe(400)
        expect(bad.data.message).toBe(`${RULE_MESSAGE} (nearest allowed: 12, 18)`)
        const ok = await newCart(api, store.tradeKey, store.eur, A.token, {
          items: [{ variant_id: v["TP-CASE"].id, quantity: 12 }],
        })
        expect(ok.items[0].quantity).toBe(12)
      })

      it("applies to every trade cart — trade buyer on either key — and to no consumer cart", async () => {
        const tryAdd = async (key: string, token?: string) => {
          const cart = await newCart(api, key, store.eur, token)
          return failure(
            api.post(
              `/store/carts/${cart.id}/line-items`,
              { variant_id: v["TP-CASE"].id, quantity: 5 },
              storeHeaders(key, token)
            )
          ).catch(() => ({ status: 200, data: null }))
        }
        // A guest has no cart in the Trade channel at all (cart-changes.spec.ts, item 5).
        expect((await failure(newCart(api, store.tradeKey, store.eur))).status).toBe(401)
        expect((await tryAdd(store.tradeKey, A.token)).status).toBe(400)
        expect((await tryAdd(store.consumerKey, A.token)).status).toBe(400)
        expect((await tryAdd(store.consumerKey)).status).toBe(200)
        expect((await tryAdd(store.consumerKey, consumerToken)).status).toBe(200)
      })

      it("checks a guest cart when a trade buyer takes it over, so filling it before signing in does not side-step the rules", async () => {
        const guestCart = async (quantity: number) => {
          const cart = await newCart(api, store.consumerKey, store.eur)
          await api.post(
            `/store/carts/${cart.id}/line-items`,
            { variant_id: v["TP-CASE"].id, quantity },
            storeHeaders(store.consumerKey)
          )
          return cart.id as string
        }
        const takeOver = (cartId: string) =>
          api.post(`/store/carts/${cartId}/customer`, {}, storeHeaders(store.consumerKey, A.token))

        const offRule = await guestCart(5)
        const refused = await failure(takeOver(offRule))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toBe(`${RULE_MESSAGE} (nearest allowed: 12, 18)`)
        const { data: still } = await api.get(
          `/store/carts/${offRule}?fields=customer_id`,
          storeHeaders(store.consumerKey)
        )
        expect(still.cart.customer_id).toBeFalsy()

        const allowed = await guestCart(12)
        const { data: taken } = await takeOver(allowed)
        expect(taken.cart.email).toBe(A.email)
      })

      it("lets the admin read, replace and delete rules with validation; customers get 401", async () => {
        const { data } = await api.get(`/admin/trade-pricing/quantity-rules?variant_id=${v["TP-CASE"].id}`, store.admin)
        expect(data.quantity_rules).toEqual([
          expect.objectContaining({ variant_id: v["TP-CASE"].id, min_quantity: 12, increment: 6, max_quantity: 120 }),
        ])
        const invalid = async (body: object, field: string) => {
          const { status, data } = await failure(api.post("/admin/trade-pricing/quantity-rules", body, store.admin))
          expect(status).toBe(400)
          expect(data.message).toMatch(new RegExp(`^${field}:`))
        }
        await invalid({ variant_id: v["TP-X"].id, increment: 0 }, "increment")
        await invalid({ variant_id: v["TP-X"].id, min_quantity: 10, max_quantity: 5 }, "max_quantity")
        await invalid({ variant_id: v["TP-X"].id, min_quantity: 1.5 }, "min_quantity")
        await invalid({ min_quantity: 2 }, "variant_id")
        const unknown = await failure(
          api.post("/admin/trade-pricing/quantity-rules", { variant_id: "variant_nope" }, store.admin)
        )
        expect(unknown.status).toBe(404)

        const replaced = await api.post(
          "/admin/trade-pricing/quantity-rules",
          { variant_id: v["TP-CASE"].id, min_quantity: 2, increment: 2, max_quantity: null },
          store.admin
        )
        expect(replaced.data.quantity_rule).toMatchObject({ min_quantity: 2, increment: 2, max_quantity: null })
        const cart = await newCart(api, store.tradeKey, store.eur, A.token)
        const auth = storeHeaders(store.tradeKey, A.token)
        expect(
          (
            await failure(
              api.post(`/store/carts/${cart.id}/line-items`, { variant_id: v["TP-CASE"].id, quantity: 3 }, auth)
            )
          ).status
        ).toBe(400)
        await api.delete(`/admin/trade-pricing/quantity-rules/${v["TP-CASE"].id}`, store.admin)
        await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: v["TP-CASE"].id, quantity: 3 }, auth)
        expect(await cartQuantities(api, store.tradeKey, cart.id, A.token)).toEqual({ "TP-CASE": 3 })

        for (const headers of [storeHeaders(store.tradeKey, A.token), storeHeaders(store.tradeKey), { headers: {} }]) {
          const list = await failure(api.get("/admin/trade-pricing/quantity-rules", headers))
          expect(list.status).toBe(401)
          const write = await failure(
            api.post("/admin/trade-pricing/quantity-rules", { variant_id: v["TP-X"].id }, headers)
          )
          expect(write.status).toBe(401)
        }
      })

      it("finds variants of the key's channel by SKU or title for the quick order typeahead", async () => {
        const { data } = await api.get("/store/trade-pricing/variants?q=tp-c", storeHeaders(store.tradeKey))
        expect(data.variants.map((x: any) => x.sku)).toEqual(["TP-CASE"])
        expect(data.variants[0]).toMatchObject({
          id: v["TP-CASE"].id,
          product_title: "Test TP-CASE",
          product_handle: "tp-case",
          quantity_rule: { min_quantity: 12, increment: 6, max_quantity: 120 },
        })
        const consumer = await api.get("/store/trade-pricing/variants?q=tp-c", storeHeaders(store.consumerKey))
        expect(consumer.data.variants.map((x: any) => x.sku).sort()).toEqual(["TP-CASE", "TP-CONSUMER"])
        const byTitle = await api.get("/store/trade-pricing/variants?q=Test%20TP-Y", storeHeaders(store.tradeKey))
        expect(byTitle.data.variants.map((x: any) => x.sku)).toEqual(["TP-Y"])
        const short = await failure(api.get("/store/trade-pricing/variants?q=t", storeHeaders(store.tradeKey)))
        expect(short.status).toBe(400)
        expect(short.data.message).toMatch(/^q:/)
      })
    })

    describe("net and gross per audience (Europe, 20 % VAT)", () => {
      it("consumer carts carry gross line totals equal to the storefront's gross price; trade carts are net + tax", async () => {
        const germany = { country_code: "de" }
        const consumerCart = await newCart(api, store.consumerKey, store.eur, undefined, { shipping_address: germany })
        const consumer = (
          await api.post(
            `/store/carts/${consumerCart.id}/line-items?fields=*items,total,subtotal,tax_total,item_total`,
            { variant_id: v["TP-X"].id, quantity: 1 },
            storeHeaders(store.consumerKey)
          )
        ).data.cart
        const gross = (await storePrice("TP-X", undefined, store.consumerKey)).calculated_amount_with_tax
        expect(gross).toBe(120)
        expect(consumer.items[0].unit_price).toBe(100)
        expect(consumer.items[0].total).toBe(gross)
        expect(consumer.subtotal).toBe(100)
        expect(consumer.tax_total).toBe(20)
        expect(consumer.total).toBe(consumer.subtotal + consumer.tax_total)

        const tradeCart = await newCart(api, store.tradeKey, store.eur, A.token, { shipping_address: germany })
        const trade = (
          await api.post(
            `/store/carts/${tradeCart.id}/line-items?fields=*items,total,subtotal,tax_total`,
            { variant_id: v["TP-X"].id, quantity: 2 },
            storeHeaders(store.tradeKey, A.token)
          )
        ).data.cart
        expect(trade.items[0].unit_price).toBe(70)
        expect(trade.subtotal).toBe(140)
        expect(trade.tax_total).toBe(28)
        expect(trade.total).toBe(168)
        const [explained] = await explain(["TP-X"], 2, A.token)
        expect(explained.rrp).toEqual({ net: 100, gross: gross })
      })
    })
  },
})
