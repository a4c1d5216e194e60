import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { DEMO_LOGINS } from "@hybrid/platform"
import { customerToken, failure, storeHeaders } from "@hybrid/test-kit/fixtures"
import { integrationSuite } from "@hybrid/test-kit/integration-suite"

/**
 * THE ADMIN'S CONTENT PAGE (issue 19): GET /admin/content lists the shared content both sites read,
 * each entry with the state the sites give it at this moment, its addresses while it is live and a
 * link into the content editor. Read from the folder on every request: an entry an editor saves,
 * schedules, breaks or takes down is reported as such at once. Admin users only.
 */
const CONTENT = path.resolve(__dirname, "../../../../content")

const page = (fields: Record<string, string>) =>
  `---\n${Object.entries(fields)
    .map(([key, value]) => `${key}: ${value}`)
    .join("\n")}\n---\n\nBody.\n`

integrationSuite({
  testSuite: ({ api, store }) => {
    let contentDir: string
    const saved = { ...process.env }

    beforeAll(() => {
      contentDir = mkdtempSync(path.join(tmpdir(), "hc-admin-content-"))
      cpSync(path.join(CONTENT, "pages"), path.join(contentDir, "pages"), { recursive: true })
      cpSync(path.join(CONTENT, "stories"), path.join(contentDir, "stories"), { recursive: true })
      process.env.HC_CONTENT_DIR = contentDir
      process.env.CONTENT_EDITOR_URL = "https://editor.example.com/"
      process.env.CONSUMER_PUBLIC_URL = "https://shop.example.com"
    })

    afterAll(() => {
      for (const key of ["HC_CONTENT_DIR", "CONTENT_EDITOR_URL", "CONSUMER_PUBLIC_URL"]) {
        if (saved[key] === undefined) delete process.env[key]
        else process.env[key] = saved[key]
      }
      rmSync(contentDir, { recursive: true, force: true })
    })

    const overview = async () => (await api.get("/admin/content", store.admin)).data
    const entry = async (entryPath: string) =>
      (await overview()).entries.find((candidate: { path: string }) => candidate.path === entryPath)

    it("is for admin users only: no session, a publishable key and a customer's token get 401", async () => {
      expect((await failure(api.get("/admin/content"))).status).toBe(401)
      expect((await failure(api.get("/admin/content", storeHeaders(store.consumerKey)))).status).toBe(401)
      const { email, password } = DEMO_LOGINS.consumer
      const token = await customerToken(api, email, password)
      expect((await failure(api.get("/admin/content", storeHeaders(store.consumerKey, token)))).status).toBe(401)
      expect((await api.get("/admin/content", store.admin)).status).toBe(200)
    })

    it("lists every story and page with its state, its sites' addresses while live, and the editor's link", async () => {
      const data = await overview()
      expect(data.editor_url).toBe("https://editor.example.com")
      expect(data.entries.length).toBeGreaterThan(5)
      expect(data.counts.live).toBe(data.entries.filter((e: { state: string }) => e.state === "live").length)
      expect(await entry("pages/terms.md")).toMatchObject({
        collection: "pages",
        id: "terms",
        title: "Terms and conditions",
        state: "live",
        sites: ["consumer"],
        problems: [],
        edit_url: "https://editor.example.com/keystatic/collection/pages/item/terms",
        site_urls: [{ site: "consumer", url: "https://shop.example.com/pages/terms" }],
      })
      const story = data.entries.find((e: { collection: string }) => e.collection === "stories")
      expect(story.product).toEqual(expect.any(String))
      if (story.state === "live") {
        expect(story.site_urls.map((link: { url: string }) => new URL(link.url).pathname)).toContain(
          `/products/${story.product}`
        )
      }
    })

    it("follows the folder at once: a saved draft, a scheduled page, a broken file and a page taken down", async () => {
      const write = (name: string, source: string) => writeFileSync(path.join(contentDir, "pages", name), source)
      const base = { description: "Opening hours.", sites: "[consumer, trade]", publishedAt: "2026-12-01" }
      write("holiday-hours.md", page({ title: "Holiday hours", ...base, status: "draft" }))
      write(
        "spring-sale.md",
        page({ title: "Spring sale", ...base, status: "published", publishAt: "2099-03-01T08:00" })
      )
      write("broken.md", page({ title: "Broken", ...base, status: "publishd" }))

      expect(await entry("pages/holiday-hours.md")).toMatchObject({ state: "draft", site_urls: [] })
      expect(await entry("pages/spring-sale.md")).toMatchObject({
        state: "scheduled",
        publish_at: "2099-03-01T08:00:00.000Z",
        site_urls: [],
      })
      const broken = await entry("pages/broken.md")
      expect(broken).toMatchObject({ state: "invalid", title: "broken", site_urls: [] })
      expect(broken.problems).toEqual([expect.stringMatching(/^frontmatter\.status: /)])

      write("holiday-hours.md", page({ title: "Holiday hours", ...base, status: "published" }))
      expect((await entry("pages/holiday-hours.md")).site_urls.map((l: { site: string }) => l.site)).toEqual([
        "consumer",
        "trade",
      ])
      rmSync(path.join(contentDir, "pages", "holiday-hours.md"))
      expect(await entry("pages/holiday-hours.md")).toBeUndefined()
      // Invalid entries come first: they are what needs an editor.
      expect((await overview()).entries[0].state).toBe("invalid")
    })
  },
})
