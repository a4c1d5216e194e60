import { utimes, writeFile, rm } from "node:fs/promises"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { livePages, liveStories } from "./live.ts"
import { contentTrees, GOOD_PAGE, GOOD_STORY } from "./test-support.ts"

const tree = contentTrees()

const collection = async (loader: ReturnType<typeof livePages>) => {
  const result = await loader.loadCollection({} as never)
  if ("error" in result) throw result.error
  return result.entries
}

describe("live collections", () => {
  it("load each entry with its validated frontmatter and the body and persona blocks rendered", async () => {
    const root = await tree({
      "pages/our-roastery.md": GOOD_PAGE.replace(
        "status: published",
        "status: published\nvariants:\n  - audience: [trade]\n    body: For **cafés**.",
      ).replace("A page.", "## Who we are\n\nA **page**."),
      "stories/kenya-nyeri-aa.md": GOOD_STORY,
    })
    const [page] = await collection(livePages({ root }))
    expect(page?.id).toBe("our-roastery")
    expect(page?.data.publishedAt).toEqual(new Date("2026-01-06"))
    expect(page?.data.sites).toEqual(["consumer", "trade"])
    expect(page?.rendered?.html).toContain('<h2 id="who-we-are">Who we are</h2>')
    expect(page?.rendered?.html).toContain("<strong>page</strong>")
    expect(page?.data.variants).toEqual([
      { audience: ["trade"], body: "For **cafés**.", html: "<p>For <strong>cafés</strong>.</p>\n" },
    ])
    const [story] = await collection(liveStories({ root }) as never)
    expect(story?.data).toMatchObject({ product: "kenya-nyeri-aa", related: ["chemex-6-cup"] })
  })

  it("see a saved change, a new file and a deleted file once the listing is older than refreshMs", async () => {
    const root = await tree({ "pages/our-roastery.md": GOOD_PAGE })
    const loader = livePages({ root, refreshMs: 0 })
    expect((await collection(loader)).map((entry) => entry.data.title)).toEqual(["Our roastery"])

    const file = join(root, "pages/our-roastery.md")
    await writeFile(file, GOOD_PAGE.replace("title: Our roastery", "title: Our roastery, renamed"))
    // Same second and size on some file systems: the change is told by mtime or size.
    await utimes(file, new Date(), new Date(Date.now() + 5000))
    await writeFile(join(root, "pages/news.md"), GOOD_PAGE.replace("title: Our roastery", "title: News"))
    expect((await collection(loader)).map((entry) => entry.data.title)).toEqual(["News", "Our roastery, renamed"])

    await rm(join(root, "pages/news.md"))
    expect((await collection(loader)).map((entry) => entry.id)).toEqual(["our-roastery"])
  })

  it("reuse a listing within refreshMs, so a burst of requests reads the folder once", async () => {
    const root = await tree({ "pages/our-roastery.md": GOOD_PAGE })
    const loader = livePages({ root, refreshMs: 60_000 })
    await collection(loader)
    await writeFile(join(root, "pages/news.md"), GOOD_PAGE)
    expect((await collection(loader)).map((entry) => entry.id)).toEqual(["our-roastery"])
  })

  it("leave out a file that fails its schema and say why, keeping the others", async () => {
    const root = await tree({
      "pages/our-roastery.md": GOOD_PAGE,
      "pages/broken.md": GOOD_PAGE.replace("status: published", "status: live"),
      "pages/no-frontmatter.md": "Just text.",
    })
    const warnings: string[] = []
    const entries = await collection(livePages({ root, warn: (message) => warnings.push(message) }))
    expect(entries.map((entry) => entry.id)).toEqual(["our-roastery"])
    expect(warnings).toEqual([
      expect.stringMatching(/^\[content\] pages\/broken\.md left out: status: /),
      "[content] pages/no-frontmatter.md left out: no frontmatter",
    ])
  })

  it("find one entry by id, and none for an unknown id", async () => {
    const root = await tree({ "pages/our-roastery.md": GOOD_PAGE })
    const loader = livePages({ root })
    const found = await loader.loadEntry({ filter: { id: "our-roastery" } } as never)
    expect(found && "id" in found ? found.id : null).toBe("our-roastery")
    expect(await loader.loadEntry({ filter: { id: "missing" } } as never)).toBeUndefined()
  })

  it("answer an empty collection when the folder does not exist", async () => {
    const root = await tree({})
    expect(await collection(livePages({ root }))).toEqual([])
  })
})
