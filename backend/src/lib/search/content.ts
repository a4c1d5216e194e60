import { createHash } from "node:crypto"

/**
 * The searchable text of the shared content (`@hybrid/content`): each product story's title,
 * summary and body, per site, as it is live at `now`. The content package is ESM TypeScript
 * (built for Astro); Node 22 loads it through `import()` from this CommonJS backend, so the
 * specifiers are kept in variables the compiler leaves alone, and only the few functions used here
 * are typed locally. The package stays the one authority on parsing and visibility (status,
 * publishAt/unpublishAt, sites).
 */
export type SearchSite = "consumer" | "trade"

export type StoryText = {
  /** Product handle the story belongs to. */
  handle: string
  /** Searchable text per site; absent when the story is not live on that site at `now`. */
  text: Partial<Record<SearchSite, string>>
}

type ContentFile = { path: string; source: string }
type StoryEntry = { data: { product: string; title: string; summary: string; status: string; sites: SearchSite[] } }

const specifiers = {
  layout: "@hybrid/content/layout.ts",
  files: "@hybrid/content/files.ts",
  schemas: "@hybrid/content/schemas.ts",
  select: "@hybrid/content/select.ts",
  markdown: "astro/markdown",
}

// A variable specifier: TypeScript neither resolves nor rewrites it. Compiled to CommonJS it stays
// import() (tsc) or becomes require() (ts-node's swc), and Node 22 loads the ESM package either way.
const importEsm = (specifier: string): Promise<any> => import(specifier)

async function contentApi() {
  const [layout, files, schemas, select, markdown] = await Promise.all([
    importEsm(specifiers.layout),
    importEsm(specifiers.files),
    importEsm(specifiers.schemas),
    importEsm(specifiers.select),
    importEsm(specifiers.markdown),
  ])
  return {
    root: (process.env.HC_CONTENT_DIR || layout.PACKAGE_ROOT) as string,
    readContentFiles: files.readContentFiles as (root: string) => Promise<ContentFile[]>,
    storySchema: schemas.storySchema as { safeParse(data: unknown): { success: boolean; data?: StoryEntry["data"] } },
    isVisible: select.isVisible as (entry: StoryEntry, site: SearchSite, now: Date) => boolean,
    parseFrontmatter: markdown.parseFrontmatter as (source: string) => {
      frontmatter: Record<string, unknown>
      content: string
    },
  }
}

/** Markdown to plain words: headings, emphasis, links and images reduced to their text. */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]+>/g, " ")
    .replace(/[#>*_`~|]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
}

/**
 * Every story live on at least one site at `now`, by product handle. Invalid entries are skipped
 * (the content check in CI reports them); a missing content folder reads as no stories.
 */
export async function loadStoryTexts(now: Date = new Date()): Promise<Map<string, StoryText>> {
  const api = await contentApi()
  const stories = new Map<string, StoryText>()
  for (const file of await api.readContentFiles(api.root)) {
    if (!file.path.startsWith("stories/") || !file.path.endsWith(".md")) continue
    let parsed: { frontmatter: Record<string, unknown>; content: string }
    try {
      parsed = api.parseFrontmatter(file.source)
    } catch {
      continue
    }
    const result = api.storySchema.safeParse(parsed.frontmatter)
    if (!result.success || !result.data) continue
    const entry: StoryEntry = { data: result.data }
    const words = [entry.data.title, entry.data.summary, markdownToText(parsed.content)].join(" ")
    const text: StoryText["text"] = {}
    for (const site of ["consumer", "trade"] as const) {
      if (api.isVisible(entry, site, now)) text[site] = words
    }
    if (text.consumer || text.trade) stories.set(entry.data.product, { handle: entry.data.product, text })
  }
  return stories
}

/** Fingerprint of what a product's document holds of its story, to detect content drift. */
export function storyFingerprint(story: StoryText | undefined): string {
  if (!story) return "none"
  return createHash("sha1")
    .update(`${story.text.consumer ?? ""}\u0000${story.text.trade ?? ""}`)
    .digest("hex")
    .slice(0, 16)
}
