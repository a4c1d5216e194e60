import { describe, expect, it } from "vitest"
import { pageSchema, storySchema } from "./schemas.ts"
import { describeIssues } from "./validate.ts"

const story = {
  title: "Kenya Nyeri AA",
  product: "kenya-nyeri-aa",
  summary: "Blackcurrant and grapefruit.",
  publishedAt: new Date("2026-02-16"),
}
const page = {
  title: "Our roastery",
  description: "Who we are.",
  sites: ["consumer", "trade"],
  publishedAt: new Date("2026-01-06"),
}

/** The lines an editor would read for this input, or [] when it parses. */
function problems(schema: typeof storySchema | typeof pageSchema, input: unknown): string[] {
  const result = schema.safeParse(input)
  return result.success ? [] : describeIssues(result.error.issues)
}

describe("storySchema", () => {
  it("accepts a minimal story and defaults related to []", () => {
    expect(storySchema.parse(story)).toEqual({ ...story, related: [] })
  })

  it("accepts hero, related and a quoted date", () => {
    const parsed = storySchema.parse({
      ...story,
      hero: { alt: "Cherries on a branch", credit: "Our buyer" },
      related: ["chemex-6-cup"],
      publishedAt: "2026-02-16",
    })
    expect(parsed.publishedAt).toEqual(new Date("2026-02-16"))
    expect(parsed.hero).toEqual({ alt: "Cherries on a branch", credit: "Our buyer" })
  })

  it("names each bad field", () => {
    expect(problems(storySchema, { ...story, title: undefined })).toEqual(["frontmatter.title: required"])
    expect(problems(storySchema, { ...story, product: "Kenya AA" })).toEqual([
      "frontmatter.product: expected a kebab-case product handle, e.g. ethiopia-yirgacheffe",
    ])
    expect(problems(storySchema, { ...story, related: ["chemex-6-cup", 7] })).toEqual([
      "frontmatter.related[1]: expected a product handle (text)",
    ])
    expect(problems(storySchema, { ...story, hero: { credit: "x" } })).toEqual(["frontmatter.hero.alt: required"])
    expect(problems(storySchema, { ...story, publishedAt: "someday" })).toEqual([
      "frontmatter.publishedAt: expected a date, e.g. 2025-03-14",
    ])
    expect(problems(storySchema, { ...story, summary: "x".repeat(301) })).toEqual([
      "frontmatter.summary: keep it under 300 characters",
    ])
  })

  it("rejects unknown fields, so a typo does not silently drop data", () => {
    expect(problems(storySchema, { ...story, relatd: ["chemex-6-cup"] })).toEqual(["frontmatter.relatd: unknown field"])
  })

  it("rejects a story related to its own product", () => {
    expect(problems(storySchema, { ...story, related: ["kenya-nyeri-aa"] })).toEqual([
      "frontmatter.related[0]: a story cannot be related to its own product",
    ])
  })
})

describe("pageSchema", () => {
  it("accepts a page and defaults featuredProducts to []", () => {
    expect(pageSchema.parse(page)).toEqual({ ...page, featuredProducts: [] })
  })

  it("names the bad site", () => {
    expect(problems(pageSchema, { ...page, sites: ["shop"] })).toEqual([
      "frontmatter.sites[0]: expected one of consumer, trade",
    ])
  })

  it("requires a non-empty list of distinct sites", () => {
    expect(problems(pageSchema, { ...page, sites: [] })).toEqual(["frontmatter.sites: list at least one site"])
    expect(problems(pageSchema, { ...page, sites: "consumer" })).toEqual([
      "frontmatter.sites: expected a list of sites, e.g. [consumer, trade]",
    ])
    expect(problems(pageSchema, { ...page, sites: ["trade", "trade"] })).toEqual([
      "frontmatter.sites: list each site once",
    ])
  })

  it("does not take a slug from frontmatter: the file name is the slug", () => {
    expect(problems(pageSchema, { ...page, slug: "elsewhere" })).toEqual(["frontmatter.slug: unknown field"])
  })
})
