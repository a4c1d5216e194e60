import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"

/**
 * Where the content lives and how a file becomes an entry. The Astro loaders and the validator
 * both read these, so they always agree on which files are entries and what their ids are.
 */

export const COLLECTIONS = ["stories", "pages"] as const
export type CollectionName = (typeof COLLECTIONS)[number]

/**
 * Only Markdown: `.mdx` needs `@astrojs/mdx` in both sites, which they do not install. Entries sit
 * directly in their collection folder (no sub-folders), so file name = id = URL slug.
 */
export const ENTRY_EXTENSION = ".md"
export const ENTRY_PATTERN = `*${ENTRY_EXTENSION}`

/**
 * This package's folder, resolved from this module's own location: correct whichever site
 * imports the package (the workspace symlink resolves to the real path). Built with path
 * functions rather than `new URL("..", import.meta.url)` so no bundler mistakes it for an asset.
 */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..")

/** Uploaded images (the editor writes here); frontmatter names them `images/<sub>/<file>`. */
export const IMAGES_DIR = "images"

export function collectionDir(collection: CollectionName, root: string = PACKAGE_ROOT): string {
  return join(root, collection)
}

/** `colombia-huila.md` -> `colombia-huila`. Ids never come from frontmatter (no `slug` field). */
export function entryIdFromFileName(fileName: string): string {
  return fileName.endsWith(ENTRY_EXTENSION) ? fileName.slice(0, -ENTRY_EXTENSION.length) : fileName
}
