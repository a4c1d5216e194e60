import { resolve } from "node:path"
import { describe, expect, it } from "vitest"
import { readCatalogFile } from "./catalog.ts"
import { readContentFiles } from "./files.ts"
import { PACKAGE_ROOT } from "./layout.ts"
import { pageSchema, storySchema } from "./schemas.ts"
import { formatReport, validateContent } from "./validate.ts"
import { parseFrontmatter } from "astro/markdown"

/* The package's real content, against the repository's real seed catalog. */

const files = await readContentFiles(PACKAGE_ROOT)
const catalog = await readCatalogFile(resolve(PACKAGE_ROOT, "../backend/data/catalog.json"))
const frontmatter = (path: string) => parseFrontmatter(files.find((file) => file.path === path)!.source).frontmatter

describe("the shipped content", () => {
  it("validates against the seed catalog", () => {
    const { ok, lines } = formatReport(validateContent(files, catalog), catalog)
    expect(lines.slice(0, -1)).toEqual([])
    expect(ok).toBe(true)
  })

  it("has a story for at least eight catalog products", () => {
    const stories = files
      .filter((file) => file.path.startsWith("stories/"))
      .map((file) => storySchema.parse(frontmatter(file.path)))
    expect(stories.length).toBeGreaterThanOrEqual(8)
    for (const story of stories) expect(catalog.products.has(story.product)).toBe(true)
  })

  it("has the roastery page on both sites, the brew guide on consumer and the wholesale programme on trade", () => {
    const sitesOf = (slug: string) => pageSchema.parse(frontmatter(`pages/${slug}.md`)).sites
    expect(sitesOf("our-roastery")).toEqual(["consumer", "trade"])
    expect(sitesOf("brew-guide")).toEqual(["consumer"])
    expect(sitesOf("wholesale-programme")).toEqual(["trade"])
  })
})
