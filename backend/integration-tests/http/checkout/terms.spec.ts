import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import {
  SYSTEM_PROVIDER,
  complete,
  createStockedProduct,
  failure,
  readyCart,
  storeHeaders,
} from "@hybrid/test-kit/fixtures"
import { integrationSuite } from "@hybrid/test-kit/integration-suite"

/**
 * THE TERMS AT THE ORDER BOUNDARY (issue 19). A consumer order is placed only with the consumer
 * site's terms accepted — the version in force at that moment, read from the shared content's
 * terms page — and the order keeps the version accepted. Through the raw store API: no acceptance,
 * another version, a cart already ordered, and terms that change between acceptance and
 * completion; the trade site asks for none.
 */
const CONTENT = path.resolve(__dirname, "../../../../content")
const termsPage = readFileSync(path.join(CONTENT, "pages", "terms.md"), "utf8")
const VERSION = termsPage.match(/^publishedAt:\s*(\S+)\s*$/m)![1]

integrationSuite({
  testSuite: ({ api, store, getContainer }) => {
    let variantId: string
    beforeAll(async () => {
      ;({ variant: variantId } = await createStockedProduct(getContainer(), { handle: "terms-check", units: 10 }))
    })

    const guestCart = (acceptTerms: boolean) =>
      readyCart(api, store.consumerKey, undefined, {
        regionId: store.eur,
        items: [{ variant_id: variantId, quantity: 1 }],
        provider: SYSTEM_PROVIDER,
        acceptTerms,
      })
    const orderCount = async () => (await getContainer().resolve("order").listOrders({})).length

    it("names the consumer site's terms, and none for the trade site", async () => {
      const consumer = await api.get("/store/terms", storeHeaders(store.consumerKey))
      expect(consumer.data.terms).toEqual({
        slug: "terms",
        title: "Terms and conditions",
        version: VERSION,
        url: expect.stringMatching(/\/pages\/terms$/),
      })
      const trade = await api.get("/store/terms", storeHeaders(store.tradeKey))
      expect(trade.data.terms).toBeNull()
    })

    it("refuses a consumer order without the terms accepted, then places it once they are, recording the version", async () => {
      const cartId = await guestCart(false)
      const before = await orderCount()
      const refused = await complete(api, store.consumerKey, undefined, cartId)
      expect([refused.status, refused.data.message]).toEqual([
        400,
        `terms_version: accept the Terms and conditions (version ${VERSION}) to place the order`,
      ])
      expect(await orderCount()).toBe(before)
      const { data: open } = await api.get(
        `/store/carts/${cartId}?fields=completed_at`,
        storeHeaders(store.consumerKey)
      )
      expect(open.cart.completed_at ?? null).toBeNull()

      // Bad acceptances name the field and record nothing.
      const wrong = await failure(
        api.post(`/store/carts/${cartId}/terms`, { version: "2001-01-01" }, storeHeaders(store.consumerKey))
      )
      expect([wrong.status, wrong.data.message]).toEqual([
        400,
        `version: the Terms and conditions in force are version ${VERSION}; read them and accept that version`,
      ])
      const missing = await failure(api.post(`/store/carts/${cartId}/terms`, {}, storeHeaders(store.consumerKey)))
      expect([missing.status, missing.data.message]).toEqual([400, "version is required"])
      const unknown = await failure(
        api.post("/store/carts/cart_nope/terms", { version: VERSION }, storeHeaders(store.consumerKey))
      )
      expect(unknown.status).toBe(404)
      expect((await complete(api, store.consumerKey, undefined, cartId)).status).toBe(400)

      const accepted = await api.post(
        `/store/carts/${cartId}/terms`,
        { version: VERSION },
        storeHeaders(store.consumerKey)
      )
      expect(accepted.data.terms_version).toBe(VERSION)
      const placed = await complete(api, store.consumerKey, undefined, cartId)
      expect(placed.status).toBe(200)
      const order = await getContainer().resolve("order").retrieveOrder(placed.data.order.id)
      expect(order.metadata).toEqual(
        expect.objectContaining({ terms_version: VERSION, terms_accepted_at: accepted.data.terms_accepted_at })
      )
      // An ordered cart takes no acceptance.
      const late = await failure(
        api.post(`/store/carts/${cartId}/terms`, { version: VERSION }, storeHeaders(store.consumerKey))
      )
      expect([late.status, late.data.message]).toEqual([400, "cart_id: this cart has already been ordered"])
    })

    it("asks again when the terms change between acceptance and the order", async () => {
      const cartId = await guestCart(true)
      // The editor publishes new terms (a new date): the backend reads the content folder it is given.
      const contentDir = mkdtempSync(path.join(tmpdir(), "hc-terms-"))
      cpSync(path.join(CONTENT, "pages"), path.join(contentDir, "pages"), { recursive: true })
      writeFileSync(
        path.join(contentDir, "pages", "terms.md"),
        termsPage.replace(/^publishedAt:.*$/m, "publishedAt: 2027-01-15")
      )
      process.env.HC_CONTENT_DIR = contentDir
      try {
        const before = await orderCount()
        const refused = await complete(api, store.consumerKey, undefined, cartId)
        expect([refused.status, refused.data.message]).toEqual([
          400,
          `terms_version: the Terms and conditions changed since you accepted version ${VERSION}; read version 2027-01-15 and accept it to place the order`,
        ])
        expect(await orderCount()).toBe(before)
        await api.post(`/store/carts/${cartId}/terms`, { version: "2027-01-15" }, storeHeaders(store.consumerKey))
        const placed = await complete(api, store.consumerKey, undefined, cartId)
        expect(placed.status).toBe(200)
        expect(
          (await getContainer().resolve("order").retrieveOrder(placed.data.order.id)).metadata?.terms_version
        ).toBe("2027-01-15")
      } finally {
        delete process.env.HC_CONTENT_DIR
        rmSync(contentDir, { recursive: true, force: true })
      }
    })
  },
})
