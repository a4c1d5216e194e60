import { beforeAll, describe, expect, it } from "vitest"
import { Modules } from "@medusajs/framework/utils"
import { integrationSuite } from "@hybrid/test-kit/integration-suite"
import {
  cartQuantities,
  createStockedProduct,
  eventually,
  failure,
  newCart,
  storeHeaders,
} from "@hybrid/test-kit/fixtures"
import { approvedBuyer, type Buyer, type TestVariant, tradePricedProducts } from "../helpers/trade-pricing"

/**
 * Bulk add to cart (quick order, variant matrix): validation of every line before anything is
 * added, dry-run prices, one workflow run; price list CSV export and import with dry run,
 * all-or-nothing apply in the background, 10,000 rows, and one import per list at a time.
 */
integrationSuite({
  testSuite: ({ api, getContainer, store }) => {
    let v: Record<string, TestVariant>
    let A: Buyer
    let B: Buyer
    const lists = {} as { trade: string; A: string; empty: string }

    beforeAll(async () => {
      const container = getContainer()
      ;({ variants: v, tradeList: lists.trade } = await tradePricedProducts(container, [
        { sku: "TP-X", eur: 100, trade: [{ amount: 80 }] },
        {
          sku: "TP-T",
          eur: 20,
          trade: [{ amount: 16 }, { amount: 15, min_quantity: 10 }, { amount: 12, min_quantity: 50 }],
        },
        { sku: "TP-CASE", eur: 10 },
        { sku: "TP-P1", eur: 5 },
        { sku: "TP-P2", eur: 6 },
        { sku: "TP-CONSUMER", eur: 15, channels: ["Consumer"] },
      ]))
      A = await approvedBuyer(api, store.tradeKey, store.admin, "alpha")
      B = await approvedBuyer(api, store.tradeKey, store.admin, "bravo")
      const { data } = await api.post(
        `/admin/trade-pricing/companies/${A.companyId}/price-list`,
        {
          title: "Alpha contract",
          prices: [{ variant_id: v["TP-T"].id, currency_code: "eur", amount: 14, min_quantity: 10 }],
        },
        store.admin
      )
      lists.A = data.price_list.id
      const empty = await api.post(
        "/admin/price-lists",
        { title: "Import target", description: "CSV import tests", type: "sale", status: "draft" },
        store.admin
      )
      lists.empty = empty.data.price_list.id
      await api.post(
        "/admin/trade-pricing/quantity-rules",
        { variant_id: v["TP-CASE"].id, min_quantity: 12, increment: 6, max_quantity: 120 },
        store.admin
      )
    })

    const bulk = (cartId: string, body: object, token?: string, key = store.tradeKey) =>
      api.post(`/store/carts/${cartId}/line-items/bulk`, body, storeHeaders(key, token))

    describe("bulk add to cart", () => {
      it("checks stock on the line: more than is left is refused in the dry run and the add, naming the line; nothing is added", async () => {
        await createStockedProduct(getContainer(), { handle: "tp-stock", units: 4, title: "Stocked filters" })
        const cart = await newCart(api, store.tradeKey, store.eur, A.token)
        const items = [
          { sku: "TP-X", quantity: 1 },
          { sku: "TP-STOCK", quantity: 5 },
        ]
        const tooMany = {
          line: 2,
          sku: "TP-STOCK",
          field: "quantity",
          message: "quantity: only 4 in stock; asked for 5",
          available: 4,
        }
        const dry = await bulk(cart.id, { items, dry_run: true }, A.token)
        expect(dry.status).toBe(200)
        expect(dry.data.errors).toEqual([tooMany])
        const refused = await failure(bulk(cart.id, { items }, A.token))
        expect(refused.status).toBe(400)
        expect(refused.data).toEqual({
          type: "invalid_data",
          message: "items: 1 of 2 lines have errors",
          errors: [tooMany],
        })
        expect(await cartQuantities(api, store.tradeKey, cart.id, A.token)).toEqual({})

        // All four fit; one more counts what the cart holds already.
        expect((await bulk(cart.id, { items: [{ sku: "TP-STOCK", quantity: 4 }] }, A.token)).status).toBe(200)
        const more = await failure(bulk(cart.id, { items: [{ sku: "TP-STOCK", quantity: 1 }] }, A.token))
        expect(more.data.errors).toEqual([
          {
            line: 1,
            sku: "TP-STOCK",
            field: "quantity",
            message: "quantity: only 4 in stock (your cart holds 4); asked for 1",
            available: 0,
          },
        ])
      })

      it("dry run prices the valid lines and reports every other line's error; nothing is added", async () => {
        const cart = await newCart(api, store.tradeKey, store.eur, A.token)
        const items = [
          { sku: "TP-T", quantity: 10 },
          { sku: "NOPE-1", quantity: 1 },
          { sku: "TP-CONSUMER", quantity: 1 },
          { sku: "tp-x", quantity: 0 },
          { sku: "TP-CASE", quantity: 13 },
          { variant_id: v["TP-X"].id, quantity: 2 },
        ]
        const { status, data } = await bulk(cart.id, { items, dry_run: true }, A.token)
        expect(status).toBe(200)
        expect(data.cart_unchanged).toBe(true)
        expect(data.lines).toEqual([
          {
            line: 1,
            sku: "TP-T",
            variant_id: v["TP-T"].id,
            product_title: "Test TP-T",
            title: "TP-T variant",
            quantity: 10,
            unit_price: 14,
            source: { type: "price_list", price_list_id: lists.A, title: "Alpha contract", min_quantity: 10 },
            quantity_rule: null,
          },
          expect.objectContaining({ line: 5, sku: "TP-CASE", unit_price: 10, source: { type: "base" } }),
          expect.objectContaining({
            line: 6,
            sku: "TP-X",
            unit_price: 80,
            source: expect.objectContaining({ title: "Trade prices" }),
          }),
        ])
        expect(data.errors.map((e: any) => [e.line, e.field])).toEqual([
          [2, "sku"],
          [3, "sku"],
          [4, "quantity"],
          [5, "quantity"],
        ])
        expect(data.errors[0].message).toBe("sku: unknown SKU NOPE-1")
        expect(data.errors[3]).toMatchObject({
          sku: "TP-CASE",
          message: "quantity: SKU TP-CASE is sold in multiples of 6 from 12 up to 120 (nearest allowed: 12, 18)",
          allowed: { min_quantity: 12, increment: 6, max_quantity: 120 },
        })

        const applied = await failure(bulk(cart.id, { items }, A.token))
        expect(applied.status).toBe(400)
        expect(applied.data).toMatchObject({ type: "invalid_data", message: "items: 4 of 6 lines have errors" })
        expect(applied.data.errors).toEqual(data.errors)
        expect(await cartQuantities(api, store.tradeKey, cart.id, A.token)).toEqual({})
      })

      it("counts what the cart holds and merges duplicate rows; success is one add with tier prices", async () => {
        const cart = await newCart(api, store.tradeKey, store.eur, A.token)
        await api.post(
          `/store/carts/${cart.id}/line-items`,
          { variant_id: v["TP-CASE"].id, quantity: 12 },
          storeHeaders(store.tradeKey, A.token)
        )
        const broken = await failure(
          bulk(
            cart.id,
            {
              items: [
                { sku: "TP-CASE", quantity: 6 },
                { sku: "TP-CASE", quantity: 1 },
              ],
            },
            A.token
          )
        )
        expect(broken.status).toBe(400)
        expect(broken.data.errors.map((e: any) => e.line)).toEqual([1, 2])
        expect(broken.data.errors[0].message).toContain("the cart would hold 19")

        const updates: string[] = []
        const eventBus = getContainer().resolve(Modules.EVENT_BUS)
        eventBus.subscribe("cart.updated", async (event: any) => {
          updates.push(event.data?.id)
        })
        const { data } = await bulk(
          cart.id,
          {
            items: [
              { sku: "TP-CASE", quantity: 6 },
              { sku: "TP-T", quantity: 4 },
              { sku: "TP-CASE", quantity: 6 },
              { sku: "TP-T", quantity: 6 },
            ],
          },
          A.token
        )
        const lines = Object.fromEntries(data.cart.items.map((i: any) => [i.variant_sku, [i.quantity, i.unit_price]]))
        expect(lines).toEqual({ "TP-CASE": [24, 10], "TP-T": [10, 14] })
        await new Promise((resolve) => setTimeout(resolve, 500))
        expect(updates.filter((id) => id === cart.id)).toHaveLength(1)
      })

      it("takes 1 to 500 lines", async () => {
        const cart = await newCart(api, store.tradeKey, store.eur, A.token)
        const none = await failure(bulk(cart.id, { items: [] }, A.token))
        expect(none.status).toBe(400)
        expect(none.data.message).toMatch(/^items:/)
        const many = (n: number) =>
          Array.from({ length: n }, (_, i) => ({ sku: i % 2 ? "TP-P1" : "TP-P2", quantity: 1 }))
        const tooMany = await failure(bulk(cart.id, { items: many(501) }, A.token))
        expect(tooMany.status).toBe(400)
        expect(tooMany.data.message).toMatch(/^items: at most 500/)
        const preview = await bulk(cart.id, { items: many(500), dry_run: true }, A.token)
        expect(preview.data.lines).toHaveLength(500)
        expect(preview.data.errors).toEqual([])
        await bulk(cart.id, { items: many(500) }, A.token)
        expect(await cartQuantities(api, store.tradeKey, cart.id, A.token)).toEqual({ "TP-P1": 250, "TP-P2": 250 })
      })

      it("works only on the caller's own cart; consumer carts are not subject to quantity rules", async () => {
        const cart = await newCart(api, store.tradeKey, store.eur, A.token)
        for (const token of [B.token, undefined]) {
          const foreign = await failure(bulk(cart.id, { items: [{ sku: "TP-X", quantity: 1 }] }, token))
          expect(foreign.status).toBe(404)
        }
        const consumerCart = await newCart(api, store.consumerKey, store.eur)
        const { data } = await bulk(
          consumerCart.id,
          { items: [{ sku: "TP-CASE", quantity: 5 }] },
          undefined,
          store.consumerKey
        )
        expect(data.cart.items[0]).toMatchObject({ variant_sku: "TP-CASE", quantity: 5 })
      })
    })

    describe("price list CSV", () => {
      const importCsv = (listId: string, csv: string, dry_run: boolean) =>
        api.post(`/admin/trade-pricing/price-lists/${listId}/import`, { csv, dry_run }, store.admin)
      const exported = async (listId: string) => {
        const { data, headers } = await api.get(`/admin/trade-pricing/price-lists/${listId}/export`, store.admin)
        expect(headers["content-type"]).toContain("text/csv")
        return String(data)
      }
      const finished = (id: string) =>
        eventually(
          async () => (await api.get(`/admin/trade-pricing/imports/${id}`, store.admin)).data.import,
          (job: any) => job.status === "done" || job.status === "failed",
          120_000
        )

      it("exports a list as sku,currency,amount,min_quantity", async () => {
        const csv = await exported(lists.A)
        expect(csv).toBe("sku,currency,amount,min_quantity\nTP-T,eur,14,10\n")
        const trade = (await exported(lists.trade)).split("\n")
        expect(trade[0]).toBe("sku,currency,amount,min_quantity")
        expect(trade).toEqual(
          expect.arrayContaining(["TP-T,eur,16,1", "TP-T,eur,15,10", "TP-T,eur,12,50", "TP-X,eur,80,1"])
        )
      })

      it("dry run reports errors line by line; applying a file with errors writes nothing", async () => {
        const csv = [
          "sku,currency,amount,min_quantity",
          "TP-X,eur,65,1",
          "NOPE,eur,1,1",
          "TP-X,eur,-3,1",
          "TP-X,xyz,3,1",
          "TP-T,eur,abc,1",
          "TP-X,EUR,66,1",
          "TP-T,eur,13,10",
        ].join("\n")
        const { data } = await importCsv(lists.A, csv, true)
        expect(data).toMatchObject({ rows: 7, to_create: 1, to_update: 1 })
        expect(data.errors.map((e: any) => [e.line, e.field])).toEqual([
          [3, "sku"],
          [4, "amount"],
          [5, "currency"],
          [6, "amount"],
          [7, "sku"],
        ])
        expect(data.errors[4].message).toMatch(/^duplicate row/)
        const applied = await failure(importCsv(lists.A, csv, false))
        expect(applied.status).toBe(400)
        expect(applied.data.message).toMatch(/^csv: 5 of 7 rows have errors/)
        expect(applied.data.errors).toEqual(data.errors)
        expect(await exported(lists.A)).toBe("sku,currency,amount,min_quantity\nTP-T,eur,14,10\n")
        const missing = await failure(importCsv("plist_nope", "sku,currency,amount,min_quantity\n", true))
        expect(missing.status).toBe(404)
      })

      it("applies a clean file in the background with progress; the buyer's prices change", async () => {
        const csv = "sku,currency,amount,min_quantity\nTP-X,eur,65,1\nTP-T,eur,13,10\n"
        const { status, data } = await importCsv(lists.A, csv, false)
        expect(status).toBe(202)
        expect(data.import).toMatchObject({ status: expect.stringMatching(/pending|running|done/), total: 2 })
        const job = await finished(data.import.id)
        expect(job).toMatchObject({ status: "done", total: 2, processed: 2, error: null })
        expect(await exported(lists.A)).toBe("sku,currency,amount,min_quantity\nTP-T,eur,13,10\nTP-X,eur,65,1\n")
        const { data: prices } = await api.get(
          `/store/trade-pricing/prices?region_id=${store.eur}&variant_id=${v["TP-X"].id},${v["TP-T"].id}&quantity=10`,
          storeHeaders(store.tradeKey, A.token)
        )
        expect(prices.prices.map((p: any) => p.unit_price)).toEqual([65, 13])
      })

      it("imports 10,000 rows in one go, and refuses a second import of the same list while one runs", async () => {
        const skus = ["TP-X", "TP-T", "TP-CASE", "TP-P1", "TP-P2"]
        const rows = ["sku,currency,amount,min_quantity"]
        for (const sku of skus) {
          for (const currency of ["eur", "usd"]) {
            for (let min = 1; min <= 1000; min++) {
              rows.push(`${sku},${currency},${(100 - min / 20).toFixed(2)},${min}`)
            }
          }
        }
        const csv = rows.join("\n")
        expect(rows).toHaveLength(10_001)
        const started = Date.now()
        const [first, second] = await Promise.all([
          importCsv(lists.empty, csv, false).catch((e) => e.response),
          importCsv(lists.empty, csv, false).catch((e) => e.response),
        ])
        expect([first.status, second.status].sort()).toEqual([202, 409])
        const accepted = first.status === 202 ? first : second
        const refused = first.status === 409 ? first : second
        expect(refused.data.message).toContain("already has an import in progress")
        const job = await finished(accepted.data.import.id)
        const seconds = (Date.now() - started) / 1000
        console.log(`10,000-row price import: ${seconds.toFixed(1)} s from POST to done`)
        expect(job).toMatchObject({ status: "done", total: 10_000, processed: 10_000 })
        expect(seconds).toBeLessThan(60)
        const out = (await exported(lists.empty)).trim().split("\n")
        expect(out).toHaveLength(10_001)
        expect(out).toContain("TP-P2,usd,50,1000")

        // The slot is free again: re-importing the same file updates every price.
        const again = await importCsv(lists.empty, csv, true)
        expect(again.data).toMatchObject({ rows: 10_000, to_create: 0, to_update: 10_000, errors: [] })
      })

      it("is admin-only", async () => {
        for (const headers of [storeHeaders(store.tradeKey, A.token), storeHeaders(store.tradeKey)]) {
          expect((await failure(api.get(`/admin/trade-pricing/price-lists/${lists.A}/export`, headers))).status).toBe(
            401
          )
          expect(
            (
              await failure(
                api.post(`/admin/trade-pricing/price-lists/${lists.A}/import`, { csv: "x", dry_run: true }, headers)
              )
            ).status
          ).toBe(401)
          expect(
            (await failure(api.post(`/admin/trade-pricing/companies/${A.companyId}/price-list`, {}, headers))).status
          ).toBe(401)
        }
      })
    })
  },
})
