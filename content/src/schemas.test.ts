import { describe, expect, it } from "vitest"
import { pageSchema, storySchema } from "./schemas.ts"
import { describeIssues } from "./validate.ts"

const story = {
  title: "Kenya Nyeri AA",
  product: "kenya-nyeri-aa",
  summary: "Blackcurrant and grapefruit.",
  publishedAt: new Date("2026-02-16"),
  status: "published",
  sites: ["consumer", "trade"],
}
const page = {
  title: "Our roastery",
  description: "Who we are.",
  sites: ["consumer", "trade"],
  publishedAt: new Date("2026-01-06"),
  status: "published",
}

/** The lines an editor would read for this input, or [] when it parses. */
function problems(schema: typeof storySchema | typeof pageSchema, input: unknown): string[] {
  const result = schema.safeParse(input)
  return result.success ? [] : describeIssues(result.error.issues)
}

describe("storySchema", () => {
  it("accepts a minimal story and defaults related to []", () => {
    expect(storySchema.parse(story)).toEqual({ ...story, related: [], variants: [] })
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
    expect(problems(storySchema, { ...story, hero: { alt: "x", image: "/tmp/x.jpg" } })).toEqual([
      "frontmatter.hero.image: expected a file under images/, e.g. images/stories/kenya-nyeri-aa.jpg",
    ])
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
    expect(pageSchema.parse(page)).toEqual({ ...page, featuredProducts: [], variants: [] })
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

describe("publishing fields", () => {
  it("require a status and a list of sites on every entry", () => {
    const { status: _status, sites: _sites, ...bare } = story
    expect(problems(storySchema, bare)).toEqual(["frontmatter.status: required", "frontmatter.sites: required"])
    expect(problems(pageSchema, { ...page, status: "live" })).toEqual([
      "frontmatter.status: expected one of draft, published",
    ])
  })

  it("read a zone-less schedule time (what the editor writes) as UTC, and accept YAML dates", () => {
    const parsed = pageSchema.parse({
      ...page,
      publishAt: "2026-12-01T08:00",
      unpublishAt: new Date("2027-01-06T00:00:00Z"),
    })
    expect(parsed.publishAt?.toISOString()).toBe("2026-12-01T08:00:00.000Z")
    expect(parsed.unpublishAt?.toISOString()).toBe("2027-01-06T00:00:00.000Z")
    expect(pageSchema.parse({ ...page, publishAt: "2026-12-01T09:00:00+01:00" }).publishAt?.toISOString()).toBe(
      "2026-12-01T08:00:00.000Z",
    )
  })

  it("refuse an unpublish time that is not after the publish time, and a bad date", () => {
    expect(problems(storySchema, { ...story, publishAt: "2026-12-01T08:00", unpublishAt: "2026-11-30T08:00" })).toEqual(
      ["frontmatter.unpublishAt: must be after publishAt (2026-12-01T08:00:00.000Z)"],
    )
    expect(
      problems(pageSchema, { ...page, publishAt: "2026-12-01T08:00", unpublishAt: "2026-12-01T08:00" }),
    ).toHaveLength(1)
    expect(problems(pageSchema, { ...page, publishAt: "next week" })).toEqual([
      "frontmatter.publishAt: expected a date, e.g. 2026-03-01T08:00",
    ])
  })

  it("accept persona blocks and name a bad audience or an audience the entry's sites never show", () => {
    const parsed = storySchema.parse({
      ...story,
      variants: [{ audience: ["trade", "approver"], body: "For your bar." }],
    })
    expect(parsed.variants).toEqual([{ audience: ["trade", "approver"], body: "For your bar." }])
    expect(problems(storySchema, { ...story, variants: [{ audience: ["buyers"], body: "x" }] })).toEqual([
      "frontmatter.variants[0].audience[0]: expected one of consumer, trade, company_admin, approver",
    ])
    expect(
      problems(storySchema, { ...story, variants: [{ audience: [], body: "x" }, { audience: ["trade"] }] }),
    ).toEqual([
      "frontmatter.variants[0].audience: list at least one audience",
      "frontmatter.variants[1].body: required",
    ])
    expect(
      problems(pageSchema, {
        ...page,
        sites: ["consumer"],
        variants: [{ audience: ["consumer", "company_admin"], body: "x" }],
      }),
    ).toEqual([
      "frontmatter.variants[0].audience[1]: company_admin is shown on the trade site, which this entry is not on (sites: consumer)",
    ])
    expect(problems(pageSchema, { ...page, variants: [{ audience: ["trade"], body: "x", role: "admin" }] })).toEqual([
      "frontmatter.variants[0].role: unknown field",
    ])
  })
})
