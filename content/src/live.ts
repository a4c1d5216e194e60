import { readdir, readFile, stat } from "node:fs/promises"
import { join } from "node:path"
import { createSatteriMarkdownProcessor } from "@astrojs/markdown-satteri"
import { parseFrontmatter } from "astro/markdown"
import type { LiveLoader } from "astro/loaders"
import { collectionDir, ENTRY_EXTENSION, entryIdFromFileName, type CollectionName } from "./layout.ts"
import { pageSchema, storySchema, type Page, type Story } from "./schemas.ts"
import type { RenderedVariant } from "./select.ts"

/**
 * Live collections: the sites read the shared content folder while they run, so what an editor
 * publishes (a saved file: the editor writes Markdown into this folder) shows on every running
 * site process without a build. Each site defines them in `src/live.config.ts` and reads them with
 * `getLiveCollection` / `getLiveEntry`; `render(entry)` shows the body.
 *
 * Per process, a collection's folder is looked at no more often than every `refreshMs` (default
 * 2 s): a listing and one `stat` per file. Only a file whose modification time or size changed is
 * read, parsed, validated and rendered again, so a request costs next to nothing between edits.
 * A file that does not parse or fails its schema is left out (and reported once per version)
 * instead of taking the site down; `npm run content:check` names the problem.
 */

export interface LiveContentOptions {
  /** The content folder (holds stories/ and pages/): `HC_CONTENT_DIR` or the package's own. */
  root: string
  /** How long a listing of the folder is reused, in milliseconds. */
  refreshMs?: number
  /** Where problems go (default console.warn). */
  warn?: (message: string) => void
}

/** Frontmatter after the schema, persona blocks with their rendered `html`. */
export type LiveStoryData = Omit<Story, "variants"> & { variants: RenderedVariant[] }
export type LivePageData = Omit<Page, "variants"> & { variants: RenderedVariant[] }

/** An entry as a live collection returns it: id (file name), data, and the body rendered to HTML. */
export interface LiveContentEntry<D> {
  id: string
  data: D
  rendered: { html: string; metadata: { headings: Array<{ depth: number; slug: string; text: string }> } }
}
export type LiveStory = LiveContentEntry<LiveStoryData>
export type LivePage = LiveContentEntry<LivePageData>

type Renderer = Awaited<ReturnType<typeof createSatteriMarkdownProcessor>>
let renderer: Promise<Renderer> | undefined
/** Astro's own Markdown processor (Sätteri), as the sites' build-time pipeline uses it. */
function markdown(): Promise<Renderer> {
  renderer ??= createSatteriMarkdownProcessor({ syntaxHighlight: false })
  return renderer
}

interface FileVersion {
  mtimeMs: number
  size: number
  entry: LiveContentEntry<Record<string, unknown>> | null
}

const SCHEMAS = { stories: storySchema, pages: pageSchema } as const

/** Reads one collection's folder; keeps what it parsed per file version. */
class CollectionReader {
  readonly #dir: string
  readonly #collection: CollectionName
  readonly #refreshMs: number
  readonly #warn: (message: string) => void
  readonly #files = new Map<string, FileVersion>()
  #listing: { at: number; entries: Promise<LiveContentEntry<Record<string, unknown>>[]> } | undefined

  constructor(collection: CollectionName, options: LiveContentOptions) {
    this.#collection = collection
    this.#dir = collectionDir(collection, options.root)
    this.#refreshMs = options.refreshMs ?? 2000
    this.#warn = options.warn ?? ((message) => console.warn(message))
  }

  /** Every valid entry, sorted by id. */
  entries(now = Date.now()): Promise<LiveContentEntry<Record<string, unknown>>[]> {
    if (!this.#listing || now - this.#listing.at >= this.#refreshMs) {
      const entries = this.#scan()
      this.#listing = { at: now, entries }
      // A failed scan (the folder is being replaced, say) is not kept: the next request tries again.
      entries.catch(() => {
        if (this.#listing?.entries === entries) this.#listing = undefined
      })
    }
    return this.#listing.entries
  }

  async #scan(): Promise<LiveContentEntry<Record<string, unknown>>[]> {
    const names = await readdir(this.#dir).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return [] as string[]
      throw error
    })
    const files = names.filter((name) => name.endsWith(ENTRY_EXTENSION) && !name.startsWith(".")).sort()
    for (const gone of [...this.#files.keys()].filter((name) => !files.includes(name))) this.#files.delete(gone)
    const entries = await Promise.all(files.map((name) => this.#read(name)))
    return entries.filter((entry) => entry !== null)
  }

  async #read(name: string): Promise<LiveContentEntry<Record<string, unknown>> | null> {
    const file = join(this.#dir, name)
    const info = await stat(file).catch(() => null)
    if (!info?.isFile()) return null
    const known = this.#files.get(name)
    if (known && known.mtimeMs === info.mtimeMs && known.size === info.size) return known.entry
    const entry = await this.#parse(name, await readFile(file, "utf8")).catch((error: Error) => {
      this.#warn(`[content] ${this.#collection}/${name} left out: ${error.message}`)
      return null
    })
    this.#files.set(name, { mtimeMs: info.mtimeMs, size: info.size, entry })
    return entry
  }

  async #parse(name: string, source: string): Promise<LiveContentEntry<Record<string, unknown>>> {
    const { frontmatter, content, rawFrontmatter } = parseFrontmatter(source)
    if (!rawFrontmatter) throw new Error("no frontmatter")
    const parsed = SCHEMAS[this.#collection].safeParse(frontmatter)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      throw new Error(`${issue?.path.join(".") || "frontmatter"}: ${issue?.message ?? "invalid"}`)
    }
    const render = await markdown()
    const body = await render.render(content)
    const variants = await Promise.all(
      (parsed.data.variants ?? []).map(async (variant) => ({
        ...variant,
        html: (await render.render(variant.body)).code,
      })),
    )
    return {
      id: entryIdFromFileName(name),
      data: { ...parsed.data, variants },
      rendered: { html: body.code, metadata: { headings: body.metadata.headings ?? [] } },
    }
  }
}

function liveLoader<D extends Record<string, unknown>>(
  collection: CollectionName,
  options: LiveContentOptions,
): LiveLoader<D, { id: string }> {
  const reader = new CollectionReader(collection, options)
  return {
    name: `hybrid-content-live-${collection}`,
    loadCollection: async () => ({ entries: (await reader.entries()) as LiveContentEntry<D>[] }),
    loadEntry: async ({ filter }) => {
      const entry = (await reader.entries()).find((candidate) => candidate.id === filter.id)
      return entry as LiveContentEntry<D> | undefined
    },
  }
}

/** The live collection of product stories (`stories/<product-handle>.md`). */
export function liveStories(options: LiveContentOptions): LiveLoader<LiveStoryData, { id: string }> {
  return liveLoader<LiveStoryData>("stories", options)
}

/** The live collection of editorial, service and legal pages (`pages/<slug>.md`). */
export function livePages(options: LiveContentOptions): LiveLoader<LivePageData, { id: string }> {
  return liveLoader<LivePageData>("pages", options)
}
