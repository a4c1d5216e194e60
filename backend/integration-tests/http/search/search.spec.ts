import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { integrationSuite } from "@hybrid/test-kit/integration-suite"
import { customerToken, DEMO, failure, storeHeaders } from "@hybrid/test-kit/fixtures"
import { Modules } from "@medusajs/framework/utils"
import {
  createProductsWorkflow,
  updateProductsWorkflow,
  updateProductVariantsWorkflow,
} from "@medusajs/medusa/core-flows"
import { catalog, type CatalogProduct } from "../../../src/lib/provisioning/catalog"
import { PRICE_BUCKETS } from "../../../src/lib/search/constants"
import { syncSearchIndex } from "../../../src/lib/search/index-sync"
import searchReindex from "../../../src/scripts/search-reindex"

type Site = "consumer" | "trade"

const productsOf = (site: Site) => catalog.products.filter((p) => p.channels.includes(site))
const handlesOf = (site: Site) =>
  productsOf(site)
    .map((p) => p.handle)
    .sort()
const variantOf = (sku: string) => catalog.products.flatMap((p) => p.variants).find((v) => v.sku === sku)!

/** value -> count over `products`, as a facet would count them (a product counts once per value). */
function countBy(products: CatalogProduct[], values: (p: CatalogProduct) => (string | undefined)[]) {
  const counts: Record<string, number> = {}
  for (const p of products)
    for (const v of new Set(values(p).filter(Boolean) as string[])) counts[v] = (counts[v] ?? 0) + 1
  return counts
}
const facetCounts = (values: { value: string; count: number }[]) =>
  Object.fromEntries(values.map((v) => [v.value, v.count]))
const sizesOf = (p: CatalogProduct) => (p.option === "Size" ? p.variants.map((v) => v.value) : [])
const minEur = (p: CatalogProduct) => Math.min(...p.variants.map((v) => v.prices.eur))

/** Polls until `check` passes: index writes follow events, which are delivered asynchronously. */
async function eventually<T>(check: () => Promise<T>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      return await check()
    } catch (error) {
      if (Date.now() > deadline) throw error
      await new Promise((r) => setTimeout(r, 250))
    }
  }
}

integrationSuite({
  testSuite: ({ api, getContainer, store }) => {
    let buyerToken: string

    const search = async (key: string, params: Record<string, string | string[]> = {}, token?: string) => {
      const qs = new URLSearchParams()
      for (const [k, v] of Object.entries(params)) for (const item of [v].flat()) qs.append(k, item)
      const { data } = await api.get(`/store/search?${qs}`, storeHeaders(key, token))
      return data
    }
    const handles = (data: any) => data.hits.map((h: any) => h.handle)

    beforeAll(async () => {
      buyerToken = await customerToken(api, DEMO.buyer.email, DEMO.buyer.password)
      // Provisioning's product events reach the index through the Search Module's own subscriber.
      await eventually(async () => {
        const data = await search(store.tradeKey, { limit: "48", region_id: store.eur })
        expect(data.total).toBe(productsOf("trade").length)
      }, 60_000)
    })

    describe("scoping per site and per viewer", () => {
      it("each key finds exactly its own channel's products, never the other site's", async () => {
        for (const site of ["consumer", "trade"] as const) {
          const key = site === "consumer" ? store.consumerKey : store.tradeKey
          const data = await search(key, { limit: "48", region_id: store.eur })
          expect(handles(data).sort()).toEqual(handlesOf(site))
        }
        // Asked by name, with typo tolerance and typeahead, a trade-only product stays invisible to consumers.
        for (const q of ["batch brewer commercial", "batch brewr", "5 kg"]) {
          const data = await search(store.consumerKey, { q, region_id: store.eur })
          expect(handles(data)).not.toContain("batch-brewer-commercial")
          expect(handles(data)).not.toContain("house-espresso-blend-5kg")
        }
        const { data: typeahead } = await api.get("/store/search/suggest?q=batch", storeHeaders(store.consumerKey))
        expect(typeahead.products.map((p: any) => p.handle)).not.toContain("batch-brewer-commercial")
        const trade = await search(store.tradeKey, { q: "batch brewer", region_id: store.eur })
        expect(handles(trade)[0]).toBe("batch-brewer-commercial")
        const gifts = await search(store.tradeKey, { q: "gift box", region_id: store.eur })
        expect(handles(gifts)).not.toContain("discovery-gift-box")
      })

      it("prices are the viewer's: list price for guests, the trade price only for a signed-in trade buyer", async () => {
        const priceOf = (data: any, sku: string) =>
          data.hits.flatMap((h: any) => h.variants).find((v: any) => v.sku === sku).calculated_price.calculated_amount
        const sku = "COLOMBIA-HUILA-1KG"
        const tradeAmounts = new Set(
          catalog.products.flatMap((p) => p.variants.flatMap((v) => (v.trade?.eur ?? []).map((t) => t.amount)))
        )
        for (const key of [store.consumerKey, store.tradeKey]) {
          const guest = await search(key, { q: "colombia huila", region_id: store.eur })
          expect(priceOf(guest, sku)).toBe(variantOf(sku).prices.eur)
          for (const hit of guest.hits)
            for (const v of hit.variants) expect(tradeAmounts.has(v.calculated_price.calculated_amount)).toBe(false)
        }
        const buyer = await search(store.tradeKey, { q: "colombia huila", region_id: store.eur }, buyerToken)
        expect(priceOf(buyer, sku)).toBe(variantOf(sku).trade!.eur[0].amount)
        expect(buyer.currency_code).toBe("eur")
        // With a country, amounts with tax come from Medusa's tax module, as on product pages.
        const withTax = await search(store.consumerKey, {
          q: "colombia huila",
          region_id: store.eur,
          country_code: "de",
        })
        const v = withTax.hits[0].variants.find((x: any) => x.sku === sku)
        expect(v.calculated_price.calculated_amount_with_tax).toBeCloseTo(variantOf(sku).prices.eur * 1.2, 2)
      })
    })

    describe("facets", () => {
      it("counts match the seed catalog, computed independently from catalog.json", async () => {
        const consumer = productsOf("consumer")
        const data = await search(store.consumerKey, { region_id: store.eur })
        expect(data.total).toBe(consumer.length)
        expect(facetCounts(data.facets.category)).toEqual(countBy(consumer, (p) => [p.category]))
        expect(facetCounts(data.facets.options.origin)).toEqual(countBy(consumer, (p) => [p.attributes?.origin]))
        expect(facetCounts(data.facets.options.roast)).toEqual(countBy(consumer, (p) => [p.attributes?.roast]))
        expect(facetCounts(data.facets.options.size)).toEqual(countBy(consumer, sizesOf))
        expect(facetCounts(data.facets.availability)).toEqual({ true: consumer.length })
        const buckets = Object.fromEntries(
          PRICE_BUCKETS.map((b) => [
            b.key,
            consumer.filter((p) => minEur(p) >= (b.from ?? 0) && (b.to === undefined || minEur(p) < b.to)).length,
          ])
        )
        expect(Object.fromEntries(data.facets.price.map((b: any) => [b.key, b.count]))).toEqual(buckets)
        expect(data.facets.category.find((c: any) => c.value === "coffee-beans").label).toBe("Coffee beans")

        // A tax-inclusive site filters and buckets by the prices it shows (Germany: 20 % VAT).
        const gross = await search(store.consumerKey, {
          price_basis: "gross",
          country_code: "de",
          region_id: store.eur,
        })
        const grossBuckets = Object.fromEntries(
          PRICE_BUCKETS.map((b) => [
            b.key,
            consumer.filter((p) => minEur(p) * 1.2 >= (b.from ?? 0) && (b.to === undefined || minEur(p) * 1.2 < b.to))
              .length,
          ])
        )
        expect(Object.fromEntries(gross.facets.price.map((b: any) => [b.key, b.count]))).toEqual(grossBuckets)
        const upTo15 = await search(store.consumerKey, {
          price_basis: "gross",
          country_code: "de",
          price_max: "15",
          limit: "48",
          region_id: store.eur,
        })
        expect(handles(upTo15).sort()).toEqual(
          consumer
            .filter((p) => minEur(p) * 1.2 <= 15)
            .map((p) => p.handle)
            .sort()
        )
      })

      it("filters narrow the hits; each facet still counts the other choices of its own group", async () => {
        const trade = productsOf("trade")
        const data = await search(store.tradeKey, {
          category: "coffee-beans",
          "option[origin]": ["Ethiopia", "Kenya"],
          region_id: store.eur,
        })
        const expected = trade.filter(
          (p) => p.category === "coffee-beans" && ["Ethiopia", "Kenya"].includes(p.attributes?.origin ?? "")
        )
        expect(handles(data).sort()).toEqual(expected.map((p) => p.handle).sort())
        expect(facetCounts(data.facets.options.origin)).toEqual(
          countBy(
            trade.filter((p) => p.category === "coffee-beans"),
            (p) => [p.attributes?.origin]
          )
        )
        expect(facetCounts(data.facets.category)).toEqual(
          countBy(
            trade.filter((p) => ["Ethiopia", "Kenya"].includes(p.attributes?.origin ?? "")),
            (p) => [p.category]
          )
        )
        const priced = await search(store.tradeKey, {
          price_min: "100",
          price_max: "1000",
          sort: "price_desc",
          region_id: store.eur,
        })
        expect(handles(priced)).toEqual(
          trade
            .filter((p) => minEur(p) >= 100 && minEur(p) <= 1000)
            .sort((a, b) => minEur(b) - minEur(a))
            .map((p) => p.handle)
        )
        const paged = await search(store.consumerKey, { sort: "title", limit: "5", page: "2", region_id: store.eur })
        const titles = productsOf("consumer")
          .map((p) => p.title)
          .sort((a, b) => a.localeCompare(b))
        expect(paged.hits.map((h: any) => h.title)).toEqual(titles.slice(5, 10))
        expect(paged.pages).toBe(Math.ceil(titles.length / 5))
      })
    })

    describe("finding things", () => {
      it("a typo still finds the product and suggests the right spelling", async () => {
        const exact = await search(store.consumerKey, { q: "yirgacheffe", region_id: store.eur })
        // First by its title; the Guji's story mentions Yirgacheffe too.
        expect(handles(exact)[0]).toBe("ethiopia-yirgacheffe")
        expect(exact.typo.corrected).toBe(false)
        const typo = await search(store.consumerKey, { q: "yirgachefe", region_id: store.eur })
        expect(handles(typo)[0]).toBe("ethiopia-yirgacheffe")
        expect(typo.typo).toEqual({ corrected: true, did_you_mean: "yirgacheffe" })
      })

      it("words from a product's story in the shared content find the product", async () => {
        const data = await search(store.consumerKey, { q: "savanna plateau", region_id: store.eur })
        expect(handles(data)).toEqual(["brazil-cerrado"])
      })

      it("the trade site ranks exact and partial SKU matches first", async () => {
        const exact = await search(store.tradeKey, { q: "colombia-huila-1kg", region_id: store.eur })
        expect(exact.hits[0].handle).toBe("colombia-huila")
        expect(exact.hits[0].matched_sku).toBe("COLOMBIA-HUILA-1KG")
        const partial = await search(store.tradeKey, { q: "HUILA-5", region_id: store.eur })
        expect(partial.hits[0]).toMatchObject({ handle: "colombia-huila-5kg", matched_sku: "COLOMBIA-HUILA-5KG" })
        const prefix = await search(store.tradeKey, { q: "ETHIOPIA-", region_id: store.eur })
        expect(handles(prefix).slice(0, 2).sort()).toEqual(["ethiopia-guji-natural", "ethiopia-yirgacheffe"])
        const { data: typeahead } = await api.get("/store/search/suggest?q=HUILA-1", storeHeaders(store.tradeKey))
        expect(typeahead.products[0]).toMatchObject({ handle: "colombia-huila", sku: "COLOMBIA-HUILA-1KG" })
      })

      it("nothing found: an empty state with the site's popular categories and suggestions", async () => {
        const data = await search(store.consumerKey, { q: "qqxxzzvv", region_id: store.eur })
        expect(data.total).toBe(0)
        expect(data.hits).toEqual([])
        const categories = data.empty.popular_categories.map((c: any) => c.handle)
        expect(categories[0]).toBe("coffee-beans")
        expect(categories).not.toContain("wholesale")
        expect(data.empty.suggestions.length).toBeGreaterThan(0)
      })

      it("typeahead completes the last word", async () => {
        const { data } = await api.get("/store/search/suggest?q=ethio", storeHeaders(store.consumerKey))
        expect(data.products.map((p: any) => p.handle).sort()).toEqual([
          "ethiopia-guji-natural",
          "ethiopia-yirgacheffe",
        ])
        expect(data.categories[0]).toMatchObject({ handle: "coffee-beans", name: "Coffee beans" })
      })
    })

    describe("keeping the index current", () => {
      it("a created, renamed and repriced product is found without any manual step", async () => {
        const container = getContainer()
        const [consumerChannel] = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({ name: "Consumer" })
        const { result } = await createProductsWorkflow(container).run({
          input: {
            products: [
              {
                title: "Zanzibar Spice Roast",
                handle: "zanzibar-spice-roast",
                status: "published",
                sales_channels: [{ id: consumerChannel.id }],
                options: [{ title: "Size", values: ["250 g"] }],
                variants: [
                  {
                    title: "250 g",
                    sku: "ZANZIBAR-250G",
                    manage_inventory: false,
                    options: { Size: "250 g" },
                    prices: [{ currency_code: "eur", amount: 20 }],
                  },
                ],
              },
            ],
          },
        })
        const product = result[0]
        await eventually(async () =>
          expect(handles(await search(store.consumerKey, { q: "zanzibar", region_id: store.eur }))).toEqual([
            "zanzibar-spice-roast",
          ])
        )
        expect(handles(await search(store.tradeKey, { q: "zanzibar", region_id: store.eur }))).toEqual([])

        await updateProductsWorkflow(container).run({
          input: { selector: { id: product.id }, update: { title: "Kilimanjaro Peaberry" } },
        })
        await eventually(async () => {
          expect(handles(await search(store.consumerKey, { q: "kilimanjaro", region_id: store.eur }))).toEqual([
            "zanzibar-spice-roast",
          ])
          // The old title is gone from the document (the SKU still says ZANZIBAR).
          const old = await search(store.consumerKey, { q: "zanzibar", region_id: store.eur })
          expect(old.hits.map((h: any) => h.title)).toEqual(["Kilimanjaro Peaberry"])
        })

        await updateProductVariantsWorkflow(container).run({
          input: {
            selector: { id: product.variants[0].id },
            update: { prices: [{ currency_code: "eur", amount: 180 }] },
          },
        })
        await eventually(async () =>
          expect(handles(await search(store.consumerKey, { price_min: "150", region_id: store.eur }))).toEqual([
            "zanzibar-spice-roast",
          ])
        )
      })
    })

    describe("the rebuild command", () => {
      it("rebuilds the index into a new version with progress, and search answers the same", async () => {
        const before = await search(store.tradeKey, { q: "colombia", region_id: store.eur })
        const lines: string[] = []
        const container = getContainer()
        const logger = container.resolve("logger")
        const info: (message: string, ...rest: unknown[]) => void = logger.info
        logger.info = (message: string, ...rest: unknown[]) => {
          lines.push(String(message))
          return info.call(logger, message, ...rest)
        }
        try {
          await searchReindex({ container } as Parameters<typeof searchReindex>[0])
        } finally {
          logger.info = info
        }
        expect(lines.some((l) => /search:reindex: \d+ products and \d+ live stories to index/.test(l))).toBe(true)
        expect(lines.some((l) => /search:reindex: index "product": ready, \d+ documents/.test(l))).toBe(true)
        expect(lines.at(-1)).toMatch(/search:reindex: done in/)
        const after = await search(store.tradeKey, { q: "colombia", region_id: store.eur })
        expect(handles(after)).toEqual(handles(before))
        expect(after.total).toBe(before.total)
      })
    })

    describe("keeping story text current", () => {
      it("the sync job re-indexes an edited story, and a product missing from the index, and nothing else", async () => {
        const container = getContainer()
        expect(await syncSearchIndex(container)).toEqual([])
        const contentDir = mkdtempSync(path.join(tmpdir(), "hc-content-"))
        const original = path.resolve(__dirname, "../../../../content")
        cpSync(path.join(original, "stories"), path.join(contentDir, "stories"), { recursive: true })
        const story = path.join(contentDir, "stories", "brazil-cerrado.md")
        writeFileSync(
          story,
          readFileSync(story, "utf8").replace(
            "## Where it comes from",
            "A xylophone of flavours.\n\n## Where it comes from"
          )
        )
        process.env.HC_CONTENT_DIR = contentDir
        try {
          expect(await syncSearchIndex(container)).toEqual(["brazil-cerrado"])
          expect(handles(await search(store.consumerKey, { q: "xylophone", region_id: store.eur }))).toEqual([
            "brazil-cerrado",
          ])
        } finally {
          delete process.env.HC_CONTENT_DIR
          rmSync(contentDir, { recursive: true, force: true })
        }
        expect(await syncSearchIndex(container)).toEqual(["brazil-cerrado"])
        expect((await search(store.consumerKey, { q: "xylophone", region_id: store.eur })).hits).toEqual([])

        // A product whose document went missing (say its events were lost) comes back too.
        const kenya = (await search(store.consumerKey, { q: "kenya nyeri", region_id: store.eur })).hits[0]
        await container.resolve(Modules.SEARCH).deleteDocuments({ index: "product", filters: { id: [kenya.id] } })
        expect(handles(await search(store.consumerKey, { q: "kenya nyeri", region_id: store.eur }))).toEqual([])
        expect(await syncSearchIndex(container)).toEqual(["kenya-nyeri-aa"])
        expect(handles(await search(store.consumerKey, { q: "kenya nyeri", region_id: store.eur }))[0]).toBe(
          "kenya-nyeri-aa"
        )
      })
    })

    describe("bad input", () => {
      it("answers 400 naming the field", async () => {
        const cases: [string, string][] = [
          ["/store/search?price_min=abc", "price_min"],
          ["/store/search?price_min=50&price_max=10", "price_min"],
          ["/store/search?sort=cheapest", "sort"],
          ["/store/search?page=0", "page"],
          ["/store/search?limit=500", "limit"],
          ["/store/search?in_stock=maybe", "in_stock"],
          ["/store/search?option[colour]=red", "option[colour]"],
          ["/store/search?region_id=reg_nope", "region_id"],
          ["/store/search?colour=red", "colour"],
          ["/store/search?price_basis=gross", "country_code"],
          ["/store/search/suggest", "q"],
        ]
        for (const [url, field] of cases) {
          const { status, data } = await failure(api.get(url, storeHeaders(store.consumerKey)))
          expect({ url, status }).toEqual({ url, status: 400 })
          expect(data.message).toContain(field)
        }
        const noKey = await failure(api.get("/store/search?q=coffee"))
        expect(noKey.status).toBe(400)
        expect(noKey.data.message).toMatch(/publishable/i)
      })
    })
  },
})
