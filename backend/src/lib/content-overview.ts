import { type ContentSite, contentApi, type ScheduleState } from "./content-package"
import { siteUrl } from "./sites"

type Env = Record<string, string | undefined>

export type ContentState = ScheduleState | "invalid"

/** One entry of the shared content, as the admin's Content page lists it. */
export type ContentOverviewEntry = {
  collection: "stories" | "pages"
  /** The file name without `.md`: the page's slug, the story's id. */
  id: string
  /** Relative to the content folder, e.g. `pages/terms.md`. */
  path: string
  title: string
  state: ContentState
  sites: ContentSite[]
  /** The product a story belongs to (its handle); null for pages. */
  product: string | null
  publish_at: string | null
  unpublish_at: string | null
  /** Why an invalid entry is left out of both sites, one `frontmatter.field: message` per line. */
  problems: string[]
  /** The entry in the content editor. */
  edit_url: string
  /** Where each of its sites shows it; only while it is live. */
  site_urls: { site: ContentSite; url: string }[]
}

export type ContentOverview = {
  /** The content editor's home (CONTENT_EDITOR_URL, default: the one `npm start` runs). */
  editor_url: string
  entries: ContentOverviewEntry[]
  counts: Record<ContentState, number>
}

/**
 * Where the content editor is reached: `CONTENT_EDITOR_URL` when the merchant runs it elsewhere,
 * else the address `npm start` gives it (loopback, `CONTENT_EDITOR_PORT`, default 4330).
 */
export function contentEditorUrl(env: Env = process.env): string {
  const configured = env.CONTENT_EDITOR_URL?.trim()
  const url = configured || `http://127.0.0.1:${Number(env.CONTENT_EDITOR_PORT || 4330)}`
  return url.replace(/\/+$/, "")
}

const STATE_ORDER: ContentState[] = ["invalid", "draft", "scheduled", "live", "expired"]

/**
 * Every story and page of the content folder the sites read (HC_CONTENT_DIR), with the state the
 * sites give it at `now` — the same rules they apply: parsed with the content package's schemas,
 * live only while published and inside its schedule. Read from the files on each call: what an
 * editor saved a second ago is here.
 */
export async function contentOverview(now: Date, env: Env = process.env): Promise<ContentOverview> {
  const api = await contentApi()
  const editor = contentEditorUrl(env)
  const files = await api.readContentFiles(api.root)
  const entries = files.map((file): ContentOverviewEntry => {
    const [folder, name = ""] = file.path.split("/")
    const collection = folder === "stories" ? "stories" : "pages"
    const id = api.entryIdFromFileName(name)
    const base = {
      collection,
      id,
      path: file.path,
      edit_url: `${editor}/keystatic/collection/${collection}/item/${encodeURIComponent(id)}`,
    } as const
    let frontmatter: Record<string, unknown>
    try {
      frontmatter = api.parseFrontmatter(file.source).frontmatter
    } catch (error) {
      return invalid(base, [`frontmatter is not valid YAML: ${(error as Error).message.split("\n")[0]}`])
    }
    const parsed =
      collection === "stories" ? api.storySchema.safeParse(frontmatter) : api.pageSchema.safeParse(frontmatter)
    if (!parsed.success || !parsed.data) return invalid(base, api.describeIssues(parsed.error?.issues ?? []))
    const data = parsed.data
    const state = api.scheduleState({ data }, now)
    const product = "product" in data ? (data.product as string) : null
    const pathOnSite = collection === "stories" ? `/products/${product}` : `/pages/${id}`
    return {
      ...base,
      title: data.title,
      state,
      sites: data.sites,
      product,
      publish_at: data.publishAt?.toISOString() ?? null,
      unpublish_at: data.unpublishAt?.toISOString() ?? null,
      problems: [],
      site_urls:
        state === "live" ? data.sites.map((site) => ({ site, url: `${siteUrl(site, env)}${pathOnSite}` })) : [],
    }
  })
  entries.sort(
    (a, b) =>
      STATE_ORDER.indexOf(a.state) - STATE_ORDER.indexOf(b.state) ||
      a.collection.localeCompare(b.collection) ||
      a.title.localeCompare(b.title)
  )
  const counts = Object.fromEntries(STATE_ORDER.map((state) => [state, 0])) as Record<ContentState, number>
  for (const entry of entries) counts[entry.state] += 1
  return { editor_url: editor, entries, counts }
}

function invalid(
  base: Pick<ContentOverviewEntry, "collection" | "id" | "path" | "edit_url">,
  problems: string[]
): ContentOverviewEntry {
  return {
    ...base,
    title: base.id,
    state: "invalid",
    sites: [],
    product: null,
    publish_at: null,
    unpublish_at: null,
    problems,
    site_urls: [],
  }
}
