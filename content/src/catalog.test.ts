import { afterEach, describe, expect, it } from "vitest"
import { catalogFromJson, fetchCatalog } from "./catalog.ts"
import { startFakeBackend } from "./test-support.ts"

const sitesOf = (catalog: Awaited<ReturnType<typeof fetchCatalog>>) =>
  Object.fromEntries([...catalog.products].map(([handle, sites]) => [handle, [...sites].sort()]))

describe("catalogFromJson", () => {
  it("reads handles with their channels; no channels means every site", () => {
    const catalog = catalogFromJson(
      { products: [{ handle: "gift-box", channels: ["consumer"] }, { handle: "kettle" }] },
      "catalog.json",
    )
    expect(sitesOf(catalog)).toEqual({ "gift-box": ["consumer"], kettle: ["consumer", "trade"] })
  })

  it("refuses a file that is not a catalog, naming the field", () => {
    expect(() => catalogFromJson({ products: [{ title: "x" }] }, "x.json")).toThrow(
      /^x\.json is not a catalog: products\.0\.handle/,
    )
  })
})

describe("fetchCatalog", () => {
  let close: (() => Promise<void>) | undefined
  afterEach(async () => {
    await close?.()
    close = undefined
  })

  it("collects every page of both channels with each channel's publishable key", async () => {
    const backend = await startFakeBackend()
    close = backend.close
    const catalog = await fetchCatalog(`${backend.url}/`, { pageSize: 2 })
    expect(sitesOf(catalog)).toEqual({
      "kenya-nyeri-aa": ["consumer", "trade"],
      "chemex-6-cup": ["consumer", "trade"],
      "brew-starter-kit": ["consumer"],
      "colombia-huila-5kg": ["trade"],
    })
    expect(catalog.source).toBe(backend.url)
    expect(backend.requests).toContain("/store/products?fields=handle&limit=2&offset=2")
  })

  it("says which URL it could not reach", async () => {
    const backend = await startFakeBackend()
    await backend.close()
    await expect(fetchCatalog(backend.url)).rejects.toThrow(
      `cannot reach the backend at ${backend.url}/storefront-bootstrap/consumer`,
    )
  })
})
