import { pathToFileURL } from "node:url"
import { parseFrontmatter } from "astro/markdown"
import { afterEach, describe, expect, it } from "vitest"
import { pagesCollection, storiesCollection } from "./collections.ts"
import { PACKAGE_ROOT } from "./layout.ts"
import { GOOD_STORY, writeContentTree } from "./test-support.ts"

/**
 * Runs a collection's real glob() loader the way Astro's content layer does, with a site root
 * that is not this package (a storefront folder), and returns what it stored.
 */
async function load(collection: {
  loader: ReturnType<typeof storiesCollection>["loader"]
  schema: { parse: (data: unknown) => unknown }
}) {
  const root = pathToFileURL(`${PACKAGE_ROOT}/../storefronts/consumer/`)
  const stored = new Map<string, { data: Record<string, unknown>; body?: string; filePath?: string }>()
  const warnings: string[] = []
  const context = {
    collection: "test",
    config: { root, srcDir: new URL("src/", root), prerenderConflictBehavior: "warn" },
    logger: {
      warn: (m: string) => warnings.push(m),
      error: (m: string) => warnings.push(m),
      info: () => {},
      debug: () => {},
    },
    store: {
      keys: () => [...stored.keys()],
      get: (id: string) => stored.get(id),
      set: (entry: { id: string; data: Record<string, unknown>; body?: string; filePath?: string }) => {
        stored.set(entry.id, entry)
        return true
      },
      delete: (id: string) => stored.delete(id),
    },
    parseData: async ({ data }: { data: Record<string, unknown> }) => collection.schema.parse(data),
    generateDigest: (value: unknown) => String(JSON.stringify(value).length),
    // Stands in for the site's Markdown pipeline.
    renderMarkdown: async (markdown: string) => ({ html: `<rendered>${markdown.trim()}</rendered>` }),
    // Astro's Markdown entry type reads frontmatter with this same parser.
    entryTypes: new Map([
      [
        ".md",
        {
          getEntryInfo: ({ contents }: { contents: string }) => {
            const { frontmatter, content } = parseFrontmatter(contents)
            return { data: frontmatter, body: content.trim() }
          },
        },
      ],
    ]),
  }
  // The context is partial: glob() touches only the fields above when there is no watcher.
  await collection.loader.load(context as never)
  return { stored, warnings }
}

let cleanup: (() => Promise<void>) | undefined
afterEach(async () => {
  await cleanup?.()
  cleanup = undefined
})

describe("collection factories", () => {
  it("load this package's stories from a site's root, keyed by product handle", async () => {
    const { stored, warnings } = await load(storiesCollection())
    expect(warnings).toEqual([])
    const story = stored.get("colombia-huila")
    expect(story?.data).toMatchObject({ product: "colombia-huila", publishedAt: expect.any(Date) })
    expect(story?.filePath).toBe("../../content/stories/colombia-huila.md")
    expect(stored.size).toBeGreaterThanOrEqual(8)
  })

  it("load this package's pages, keyed by file name", async () => {
    const { stored } = await load(pagesCollection())
    expect(stored.get("wholesale-programme")?.data).toMatchObject({ sites: ["trade"] })
    expect([...stored.keys()]).toEqual(expect.arrayContaining(["our-roastery", "brew-guide", "wholesale-programme"]))
  })

  it("take the id from the file name, never from a frontmatter slug (which the schema rejects)", async () => {
    const tree = await writeContentTree({
      "stories/kenya-nyeri-aa.md": GOOD_STORY.replace("---\ntitle", "---\nslug: other\ntitle"),
    })
    cleanup = tree.cleanup
    const stories = storiesCollection({ base: `${tree.root}/stories` })
    const { stored } = await load({ loader: stories.loader, schema: { parse: (data) => data } })
    expect([...stored.keys()]).toEqual(["kenya-nyeri-aa"])
    await expect(load(stories)).rejects.toThrow(/slug/)
  })

  it("render each persona block's Markdown to html at load time, in order", async () => {
    const { stored } = await load(storiesCollection())
    const variants = stored.get("house-espresso-blend")?.data.variants as Array<{
      audience: string[]
      body: string
      html: string
    }>
    expect(variants.map((v) => v.audience)).toEqual([["consumer"], ["trade"], ["company_admin", "approver"]])
    for (const variant of variants) expect(variant.html).toBe(`<rendered>${variant.body.trim()}</rendered>`)
    expect(stored.get("kenya-nyeri-aa")?.data.variants).toEqual([])
  })
})
