import { pathToFileURL } from "node:url"
import { glob, type Loader } from "astro/loaders"
import { collectionDir, entryIdFromFileName, ENTRY_PATTERN, type CollectionName } from "./layout.ts"
import { pageSchema, storySchema } from "./schemas.ts"

export interface CollectionOptions {
  /** Folder to load instead of this package's own (e.g. fixtures in a test). Path or file URL. */
  base?: string | URL
}

function loaderFor(collection: CollectionName, options: CollectionOptions): Loader {
  const base = options.base ?? collectionDir(collection)
  return glob({
    pattern: ENTRY_PATTERN,
    // A file URL, not a path: glob() resolves `base` against the importing site's root.
    base: base instanceof URL ? base : pathToFileURL(base),
    generateId: ({ entry }) => entryIdFromFileName(entry),
  })
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
