import { createHash } from "node:crypto"
import { contentApi, type StoryEntry } from "../content-package"

/**
 * The searchable text of the shared content (`@hybrid/content`, read through content-package.ts):
 * each product story's title, summary and body, per site, as it is live at `now`.
 */
export type SearchSite = "consumer" | "trade"

export type StoryText = {
  /** Product handle the story belongs to. */
  handle: string
  /** Searchable text per site; absent when the story is not live on that site at `now`. */
  text: Partial<Record<SearchSite, string>>
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
