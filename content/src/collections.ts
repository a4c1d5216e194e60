import { pathToFileURL } from "node:url"
import { glob, type Loader } from "astro/loaders"
import { collectionDir, entryIdFromFileName, ENTRY_PATTERN, type CollectionName } from "./layout.ts"
import { pageSchema, storySchema } from "./schemas.ts"

export interface CollectionOptions {
  /** Folder to load instead of this package's own (e.g. fixtures in a test). Path or file URL. */
  base?: string | URL
}

type LoaderContext = Parameters<Loader["load"]>[0]
type StoredEntry = Parameters<LoaderContext["store"]["set"]>[0]

/**
 * Renders each persona block's Markdown `body` to `html` with the site's own Markdown pipeline
 * (`renderMarkdown`), before the entry is stored: the sites then show blocks with `set:html`
 * and never parse Markdown per request. Entries without blocks are stored as they come.
 */
function withRenderedVariants(context: LoaderContext, pending: Promise<unknown>[]): LoaderContext {
  const { store, renderMarkdown } = context
  const set = (entry: StoredEntry): boolean => {
    const variants = (entry.data as { variants?: Array<{ body: string }> }).variants
    if (!variants?.length || typeof renderMarkdown !== "function") return store.set(entry)
    pending.push(
      Promise.all(
        variants.map(async (variant) => ({ ...variant, html: (await renderMarkdown(variant.body)).html })),
      ).then((rendered) => store.set({ ...entry, data: { ...entry.data, variants: rendered } })),
    )
    return true
  }
  return {
    ...context,
    store: { ...store, keys: store.keys, get: store.get, delete: store.delete, has: store.has, set } as typeof store,
  }
}

function loaderFor(collection: CollectionName, options: CollectionOptions): Loader {
  const base = options.base ?? collectionDir(collection)
  const inner = glob({
    pattern: ENTRY_PATTERN,
    // A file URL, not a path: glob() resolves `base` against the importing site's root.
    base: base instanceof URL ? base : pathToFileURL(base),
    generateId: ({ entry }) => entryIdFromFileName(entry),
  })
  return {
    name: `hybrid-content-${collection}`,
    load: async (context) => {
      const pending: Promise<unknown>[] = []
      await inner.load(withRenderedVariants(context, pending))
      await Promise.all(pending)
    },
  }
}

/**
 * Collection config for product stories: one entry per `stories/<product-handle>.md`, id = the
 * handle, data = {@link storySchema}. Pass it to `defineCollection` in a site's
 * `src/content.config.ts`; find a product's story with `storyForProduct`.
 */
export function storiesCollection(options: CollectionOptions = {}) {
  return { loader: loaderFor("stories", options), schema: storySchema }
}

/**
 * Collection config for editorial pages: one entry per `pages/<slug>.md`, id = the slug, data =
 * {@link pageSchema}. Both sites load every page; list and serve only `pagesForSite(pages, site)`.
 */
export function pagesCollection(options: CollectionOptions = {}) {
  return { loader: loaderFor("pages", options), schema: pageSchema }
}
