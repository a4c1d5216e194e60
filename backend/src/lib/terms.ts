import type { StorefrontChannel } from "./channels"
import { contentApi } from "./content-package"

/**
 * The terms a site's shoppers accept when they place an order: a legal page of the shared content
 * (`content/pages/<slug>.md`). The consumer site's checkout asks for its terms; the trade site's
 * orders are governed by each company's agreement, so it asks for none.
 */
export const TERMS_PAGES: Partial<Record<StorefrontChannel, string>> = { consumer: "terms" }

/** The cart metadata keys that record the acceptance; Medusa copies them onto the order. */
export const TERMS_VERSION_KEY = "terms_version"
export const TERMS_ACCEPTED_AT_KEY = "terms_accepted_at"

export type Terms = {
  /** The page's slug: the site shows it at /pages/<slug>. */
  slug: string
  title: string
  /** The version accepted: the date the page shows (its `publishedAt`), e.g. 2026-12-01. */
  version: string
}

/** Content is re-read at most once a minute per process: an editor's new version counts within a minute. */
const CACHE_MS = 60_000
const cache = new Map<string, { at: number; terms: Terms | null }>()

/**
 * The terms `site` asks its shoppers to accept at `now`: its terms page while it is live on that
 * site (published, inside its schedule), else null — no terms, nothing to accept.
 */
export async function currentTerms(site: StorefrontChannel, now: Date = new Date()): Promise<Terms | null> {
  const slug = TERMS_PAGES[site]
  if (!slug) {
    return null
  }
  const api = await contentApi()
  // Per content folder: pointing HC_CONTENT_DIR elsewhere reads that folder at once.
  const key = `${api.root}\u0000${site}`
  const cached = cache.get(key)
  if (cached && now.getTime() - cached.at < CACHE_MS && now.getTime() >= cached.at) {
    return cached.terms
  }
  const file = (await api.readContentFiles(api.root)).find((candidate) => candidate.path === `pages/${slug}.md`)
  let terms: Terms | null = null
  if (file) {
    const parsed = api.pageSchema.safeParse(api.parseFrontmatter(file.source).frontmatter)
    if (parsed.success && parsed.data && api.isVisible({ data: parsed.data }, site, now)) {
      terms = { slug, title: parsed.data.title, version: parsed.data.publishedAt.toISOString().slice(0, 10) }
    }
  }
  cache.set(key, { at: now.getTime(), terms })
  return terms
}
