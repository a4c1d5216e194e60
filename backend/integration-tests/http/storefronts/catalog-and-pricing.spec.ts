import { brotliDecompressSync, gunzipSync } from "node:zlib"
import { integrationSuite } from "@hybrid/test-kit/integration-suite"
import {
  DEMO,
  customerToken,
  failure,
  listAllHandles,
  productByHandle,
  publishableKey,
  regionId,
  registerCustomer,
  storeHeaders,
} from "@hybrid/test-kit/fixtures"
import { catalog } from "../../../src/lib/provisioning/catalog"
import { DEMO_ACCOUNTS } from "../../../src/lib/provisioning/demo-merchant"
import provisionScript from "../../../src/scripts/provision"
import { provision } from "../../../src/lib/provisioning"

const handlesFor = (channel: "consumer" | "trade") =>
  catalog.products
    .filter((p) => p.channels.includes(channel))
    .map((p) => p.handle)
    .sort()

const variantOf = (sku: string) => catalog.products.flatMap((p) => p.variants).find((v) => v.sku === sku)!

const ONE_KG = "COLOMBIA-HUILA-1KG"

/** Provision the demo merchant exactly as `npm start` does (demo accounts included). */
const provisionDemo = (container: Parameters<typeof provision>[0]) => provision(container, { demoAccounts: true })

integrationSuite({
  // This spec provisions for itself: first as production does, then as `npm start` does.
  startFrom: "migrated",
  testSuite: ({ api, getContainer }) => {
    let consumerKey: string
    let tradeKey: string
    let eur: string

    let productionAccounts: { users: number; customers: number }

    beforeAll(async () => {
      // First as in production (no demo accounts), then as `npm start` does locally.
      const nodeEnv = process.env.NODE_ENV
      process.env.NODE_ENV = "production"
      try {
        await provisionScript({ container: getContainer() } as Parameters<typeof provisionScript>[0])
      } finally {
        process.env.NODE_ENV = nodeEnv
      }
      const container = getContainer()
      productionAccounts = {
        users: (await container.resolve("user").listUsers({})).length,
        customers: (await container.resolve("customer").listCustomers({})).length,
      }
      await provisionDemo(container)
    })

    beforeEach(async () => {
      consumerKey = await publishableKey(api, "consumer")
      tradeKey = await publishableKey(api, "trade")
      eur = await regionId(api, tradeKey, "eur")
    })

    describe("storefront bootstrap", () => {
      it("hands each storefront its own publishable key", async () => {
        expect(consumerKey).toMatch(/^pk_/)
        expect(tradeKey).toMatch(/^pk_/)
        expect(consumerKey).not.toEqual(tradeKey)
      })

      it("rejects an unknown channel naming the allowed ones", async () => {
        const { status, data } = await failure(api.get("/storefront-bootstrap/wholesale"))
        expect(status).toBe(400)
        expect(data.message).toContain("consumer, trade")
      })
    })

    describe("catalog per sales channel", () => {
      it("the Consumer key lists exactly the consumer products", async () => {
        const handles = (await listAllHandles(api, consumerKey)).sort()
        expect(handles).toEqual(handlesFor("consumer"))
        expect(handles).toContain("discovery-gift-box")
        expect(handles).not.toContain("house-espresso-blend-5kg")
      })

      it("the Trade key lists exactly the trade products", async () => {
        const handles = (await listAllHandles(api, tradeKey)).sort()
        expect(handles).toEqual(handlesFor("trade"))
        expect(handles).toContain("house-espresso-blend-5kg")
        expect(handles).not.toContain("discovery-gift-box")
      })

      it("the store API answers Brotli or gzip when asked, plain JSON when not or when told not to", async () => {
        const list = (headers: Record<string, string>) =>
          api.get("/store/products?limit=12", {
            headers: { "x-publishable-api-key": consumerKey, ...headers },
            decompress: false,
            responseType: "arraybuffer",
          })
        const plain = await list({ "accept-encoding": "identity" })
        expect(plain.headers["content-encoding"]).toBeUndefined()
        const json = JSON.parse(Buffer.from(plain.data).toString())
        expect(json.products).toHaveLength(12)
        const br = await list({ "accept-encoding": "gzip, deflate, br" })
        expect(br.headers["content-encoding"]).toBe("br")
        expect(br.headers.vary).toMatch(/accept-encoding/i)
        expect(JSON.parse(brotliDecompressSync(Buffer.from(br.data)).toString()).count).toBe(json.count)
        expect(br.data.byteLength).toBeLessThan(plain.data.byteLength / 4)
        const gzip = await list({ "accept-encoding": "gzip" })
        expect(gzip.headers["content-encoding"]).toBe("gzip")
        expect(JSON.parse(gunzipSync(Buffer.from(gzip.data)).toString()).count).toBe(json.count)
        const optedOut = await list({ "accept-encoding": "gzip, br", "x-no-compression": "1" })
        expect(optedOut.headers["content-encoding"]).toBeUndefined()
      })

      it("a missing or wrong publishable key is refused with a clear message", async () => {
        const missing = await failure(api.get("/store/products"))
        expect(missing.status).toBe(400)
        expect(missing.data.message).toMatch(/publishable/i)
        const wrong = await failure(api.get("/store/products", storeHeaders("pk_not_a_key")))
        expect(wrong.status).toBe(400)
        expect(wrong.data.message).toMatch(/publishable/i)
      })

      it("an unknown product is a 404 by id and an empty list by handle", async () => {
        const byId = await failure(api.get("/store/products/prod_missing", storeHeaders(consumerKey)))
        expect(byId.status).toBe(404)
        const { data } = await api.get("/store/products?handle=no-such-coffee", storeHeaders(consumerKey))
        expect(data.products).toEqual([])
      })

      it("every product has three pictures with alt text, which the backend itself serves", async () => {
        const { data } = await api.get(
          "/store/products?limit=100&fields=thumbnail,handle,title,*images",
          storeHeaders(consumerKey)
        )
        expect(data.products.length).toBeGreaterThan(10)
        for (const product of data.products) {
          expect(product.images, product.handle).toHaveLength(3)
          expect(product.images.map((i: { url: string }) => i.url)).toContain(product.thumbnail)
          for (const picture of product.images as { url: string; metadata: { alt?: string } | null }[]) {
            const alt = picture.metadata?.alt ?? ""
            expect(
              alt.startsWith(`${product.title}: `) && alt.length > product.title.length + 5,
              `${product.handle}: ${alt}`
            ).toBe(true)
          }
          const { pathname } = new URL(product.thumbnail)
          expect(pathname).toMatch(/^\/uploads\/products\/.+\.jpg$/)
          const image = await api.get(pathname, { responseType: "arraybuffer" })
          expect(image.headers["content-type"]).toContain("image/jpeg")
          // A JPEG: starts with the SOI marker.
          expect([...Buffer.from(image.data).subarray(0, 2)]).toEqual([0xff, 0xd8])
        }
        const traversal = await failure(api.get("/uploads/%2e%2e/%2e%2e/medusa-config.ts"))
        expect(traversal.status).toBe(404)
      })

      it("every seeded variant has stock at the warehouse, less what the demo shopper's past order holds", async () => {
        const { data } = await api.get(
          "/store/products?limit=100&fields=variants.sku,+variants.inventory_quantity",
          storeHeaders(tradeKey)
        )
        const orders = await getContainer()
          .resolve("order")
          .listOrders({}, { relations: ["items"] })
        const demoOrder = orders.find((o: { email?: string | null }) => o.email === DEMO_ACCOUNTS.shopper.email)!
        const reserved = new Map<string, number>()
        for (const item of demoOrder.items ?? []) {
          reserved.set(item.variant_sku!, (reserved.get(item.variant_sku!) ?? 0) + Number(item.quantity))
        }
        expect([...reserved.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(0)
        const skus = data.products.flatMap((p: any) => p.variants)
        expect(skus.length).toBeGreaterThan(40)
        for (const v of skus) {
          expect(v.inventory_quantity).toBe(variantOf(v.sku).stock - (reserved.get(v.sku) ?? 0))
        }
      })
    })

    describe("trade prices", () => {
      it("the trade buyer gets the price-list price, net, with the consumer price as original", async () => {
        const token = await customerToken(api, DEMO.buyer.email, DEMO.buyer.password)
        const product = await productByHandle(api, tradeKey, "colombia-huila", { regionId: eur, token })
        const variant = product.variants.find((v: any) => v.sku === ONE_KG)
        const expected = variantOf(ONE_KG)
        expect(variant.calculated_price.calculated_amount).toBe(expected.trade!.eur[0].amount)
        expect(variant.calculated_price.calculated_amount_without_tax).toBe(expected.trade!.eur[0].amount)
        expect(variant.calculated_price.original_amount).toBe(expected.prices.eur)
        expect(variant.calculated_price.price_list_type).toBeUndefined()
        expect(variant.calculated_price.calculated_price.price_list_type).toBe("sale")
        expect(variant.calculated_price.calculated_amount).toBeLessThan(expected.prices.eur)
      })

      it("without a login the Trade key gets the consumer price, never a trade price", async () => {
        const product = await productByHandle(api, tradeKey, "colombia-huila", { regionId: eur })
        const tradeAmounts = new Set(
          catalog.products.flatMap((p) => p.variants.flatMap((v) => (v.trade?.eur ?? []).map((t) => t.amount)))
        )
        for (const variant of product.variants) {
          const expected = variantOf(variant.sku)
          expect(variant.calculated_price.calculated_amount).toBe(expected.prices.eur)
          expect(variant.calculated_price.calculated_price.price_list_id).toBeNull()
          expect(tradeAmounts.has(variant.calculated_price.calculated_amount)).toBe(false)
        }
      })

      it("a registered consumer outside the Trade group gets no trade price", async () => {
        const token = await registerCustomer(api, consumerKey, {
          email: "home@example.com",
          password: "a-long-password",
          first_name: "Hugo",
          last_name: "Home",
        })
        const product = await productByHandle(api, tradeKey, "colombia-huila", { regionId: eur, token })
        const variant = product.variants.find((v: any) => v.sku === ONE_KG)
        expect(variant.calculated_price.calculated_amount).toBe(variantOf(ONE_KG).prices.eur)
        const me = await api.get("/store/trade/me", storeHeaders(tradeKey, token))
        expect(me.data.is_trade).toBe(false)
      })

      it("price tiers: the buyer sees each quantity break of the trade list", async () => {
        const token = await customerToken(api, DEMO.buyer.email, DEMO.buyer.password)
        const product = await productByHandle(api, tradeKey, "colombia-huila")
        const variant = product.variants.find((v: any) => v.sku === ONE_KG)
        const { data } = await api.get(
          `/store/price-tiers?region_id=${eur}&variant_id=${variant.id}`,
          storeHeaders(tradeKey, token)
        )
        const expected = variantOf(ONE_KG).trade!.eur
        expect(data.tiers[variant.id].map((t: any) => [t.min_quantity, t.max_quantity, t.amount])).toEqual(
          expected.map((t, i) => [t.min_quantity, expected[i + 1] ? expected[i + 1].min_quantity - 1 : null, t.amount])
        )
      })

      it("price tiers: a guest gets only the base price", async () => {
        const product = await productByHandle(api, tradeKey, "colombia-huila")
        const variant = product.variants.find((v: any) => v.sku === ONE_KG)
        const { data } = await api.get(
          `/store/price-tiers?region_id=${eur}&variant_id=${variant.id}`,
          storeHeaders(tradeKey)
        )
        expect(data.tiers[variant.id]).toEqual([
          {
            min_quantity: 1,
            max_quantity: null,
            amount: variantOf(ONE_KG).prices.eur,
            currency_code: "eur",
            price_list_id: null,
          },
        ])
      })

      it("price tiers: bad input names the field; other channels' variants are not found", async () => {
        const noRegion = await failure(api.get("/store/price-tiers?variant_id=variant_x", storeHeaders(tradeKey)))
        expect(noRegion.status).toBe(400)
        expect(noRegion.data.message).toContain("region_id")
        const noVariant = await failure(api.get(`/store/price-tiers?region_id=${eur}`, storeHeaders(tradeKey)))
        expect(noVariant.status).toBe(400)
        expect(noVariant.data.message).toContain("variant_id")
        const badRegion = await failure(
          api.get("/store/price-tiers?region_id=reg_nope&variant_id=variant_x", storeHeaders(tradeKey))
        )
        expect(badRegion.status).toBe(400)
        expect(badRegion.data.message).toContain("region_id")
        const wholesale = await productByHandle(api, tradeKey, "house-espresso-blend-5kg")
        const viaConsumer = await failure(
          api.get(
            `/store/price-tiers?region_id=${eur}&variant_id=${wholesale.variants[0].id}`,
            storeHeaders(consumerKey)
          )
        )
        expect(viaConsumer.status).toBe(404)
      })

      it("the cart applies the buyer's tier as the quantity changes", async () => {
        const token = await customerToken(api, DEMO.buyer.email, DEMO.buyer.password)
        const headers = storeHeaders(tradeKey, token)
        const product = await productByHandle(api, tradeKey, "colombia-huila")
        const variant = product.variants.find((v: any) => v.sku === ONE_KG)
        const { data: created } = await api.post("/store/carts", { region_id: eur }, headers)
        const cartId = created.cart.id
        const { data: added } = await api.post(
          `/store/carts/${cartId}/line-items`,
          { variant_id: variant.id, quantity: 1 },
          headers
        )
        const line = added.cart.items[0]
        const tiers = variantOf(ONE_KG).trade!.eur
        expect(line.unit_price).toBe(tiers[0].amount)
        for (const tier of tiers.slice(1)) {
          const { data } = await api.post(
            `/store/carts/${cartId}/line-items/${line.id}`,
            { quantity: tier.min_quantity },
            headers
          )
          expect(data.cart.items[0].unit_price).toBe(tier.amount)
        }
      })

      it("a guest on the trade channel sees the consumer price and gets no cart there", async () => {
        const product = await productByHandle(api, tradeKey, "colombia-huila", { regionId: eur })
        const variant = product.variants.find((v: any) => v.sku === ONE_KG)
        expect(variant.calculated_price.calculated_amount).toBe(variantOf(ONE_KG).prices.eur)
        const refused = await failure(api.post("/store/carts", { region_id: eur }, storeHeaders(tradeKey)))
        expect(refused.status).toBe(401)
      })
    })

    describe("accounts and bad input", () => {
      it("trade/me needs a login and tells trade buyers apart", async () => {
        const anonymous = await failure(api.get("/store/trade/me", storeHeaders(tradeKey)))
        expect(anonymous.status).toBe(401)
        const token = await customerToken(api, DEMO.buyer.email, DEMO.buyer.password)
        const { data } = await api.get("/store/trade/me", storeHeaders(tradeKey, token))
        expect(data.is_trade).toBe(true)
        expect(data.customer.email).toBe(DEMO.buyer.email)
      })

      it("a wrong password is a 401", async () => {
        const { status } = await failure(
          api.post("/auth/customer/emailpass", { email: DEMO.buyer.email, password: "wrong" })
        )
        expect(status).toBe(401)
      })

      it("an invalid email on the cart is a 400 naming the field and changes nothing", async () => {
        const { data: created } = await api.post("/store/carts", { region_id: eur }, storeHeaders(consumerKey))
        const { status, data } = await failure(
          api.post(`/store/carts/${created.cart.id}`, { email: "not-an-email" }, storeHeaders(consumerKey))
        )
        expect(status).toBe(400)
        expect(data.message).toContain("email")
        const { data: after } = await api.get(`/store/carts/${created.cart.id}`, storeHeaders(consumerKey))
        expect(after.cart.email ?? null).toBeNull()
      })

      it("completing an empty cart is refused and creates no order", async () => {
        const ordersBefore = await getContainer().resolve("order").listOrders({})
        const { data: created } = await api.post("/store/carts", { region_id: eur }, storeHeaders(consumerKey))
        const result = await api
          .post(`/store/carts/${created.cart.id}/complete`, {}, storeHeaders(consumerKey))
          .then((r: any) => ({ status: r.status, data: r.data }))
          .catch((e: any) => ({ status: e.response.status, data: e.response.data }))
        expect(result.data.type === "order").toBe(false)
        expect(result.status).toBeGreaterThanOrEqual(400)
        // Provisioning placed one: the demo shopper's past order.
        const orders = await getContainer().resolve("order").listOrders({})
        expect(orders.map((o: { id: string }) => o.id)).toEqual(ordersBefore.map((o: { id: string }) => o.id))
      })
    })

    describe("provisioning", () => {
      it("in production it creates no demo accounts", () => {
        expect(productionAccounts).toEqual({ users: 0, customers: 0 })
      })

      it("running it again changes no counts", async () => {
        const container = getContainer()
        const pg = container.resolve("__pg_connection__")
        const tables = [
          "product",
          "product_variant",
          "price",
          "price_list",
          "product_category",
          "sales_channel",
          "api_key",
          "region",
          "tax_region",
          "shipping_option",
          "stock_location",
          "inventory_level",
          "customer",
          "customer_group",
          '"user"',
          "provider_identity",
        ]
        const counts = async () =>
          Object.fromEntries(
            await Promise.all(
              tables.map(async (t) => [t, Number((await pg.raw(`select count(*) from ${t}`)).rows[0].count)])
            )
          )
        const before = await counts()
        expect(before.product).toBe(catalog.products.length)
        await provisionDemo(container)
        await provisionDemo(container)
        expect(await counts()).toEqual(before)
      })
    })
  },
})
