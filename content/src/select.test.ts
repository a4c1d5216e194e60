import { describe, expect, it } from "vitest"
import type { Site } from "./schemas.ts"
import { pagesForSite, showsOnSite, storyForProduct } from "./select.ts"

const page = (id: string, sites: Site[], publishedAt: string, title = id) => ({
  id,
  data: { title, sites, publishedAt: new Date(publishedAt), featuredProducts: [] },
})

describe("pagesForSite", () => {
  const about = page("our-roastery", ["consumer", "trade"], "2026-01-06")
  const brewGuide = page("brew-guide", ["consumer"], "2026-02-01")
  const wholesale = page("wholesale-programme", ["trade"], "2026-03-01")
  const all = [about, brewGuide, wholesale]

  it("keeps only the pages of that site, newest first", () => {
    expect(pagesForSite(all, "consumer").map((p) => p.id)).toEqual(["brew-guide", "our-roastery"])
    expect(pagesForSite(all, "trade").map((p) => p.id)).toEqual(["wholesale-programme", "our-roastery"])
  })

  it("orders pages of the same date by title and leaves the input alone", () => {
    const b = page("b", ["trade"], "2026-01-01", "Beta")
    const a = page("a", ["trade"], "2026-01-01", "Alpha")
    const input = [b, a]
    expect(pagesForSite(input, "trade")).toEqual([a, b])
    expect(input).toEqual([b, a])
  })

  it("showsOnSite tells a route whether to serve the page", () => {
    expect(showsOnSite(wholesale, "consumer")).toBe(false)
    expect(showsOnSite(wholesale, "trade")).toBe(true)
  })
})

describe("storyForProduct", () => {
  const stories = [
    { id: "kenya-nyeri-aa", data: { product: "kenya-nyeri-aa" } },
    { id: "colombia-huila", data: { product: "colombia-huila" } },
  ]

  it("finds the story of a product by handle", () => {
    expect(storyForProduct(stories, "colombia-huila")?.id).toBe("colombia-huila")
  })

  it("returns undefined for a product without a story", () => {
    expect(storyForProduct(stories, "chemex-6-cup")).toBeUndefined()
  })
})
