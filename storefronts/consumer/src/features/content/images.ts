/**
 * Images editors upload into the shared content (`content/images/…`, named in frontmatter as
 * `images/<folder>/<file>`), served by this site from the content folder it reads at run time
 * (HC_CONTENT_DIR): an image uploaded with a story or page shows as soon as the entry does, with
 * no build (pages/content-images/[...path].ts serves the file).
 */
import { statSync } from "node:fs";
import path from "node:path";
import { HC_CONTENT_DIR } from "astro:env/server";

export const CONTENT_IMAGE_ROUTE = "/content-images/";

export const CONTENT_IMAGE_TYPES: Readonly<Record<string, string>> = {
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".gif": "image/gif",
  ".avif": "image/avif",
  ".svg": "image/svg+xml",
};

/**
 * The file behind a content image path (`images/<folder>/<file>` under `contentDir`), or null for
 * anything else: a path outside images/ (`..` included) or a file that is not an image by its name.
 */
export function contentImageFile(contentDir: string, contentPath: string): string | null {
  const root = path.resolve(contentDir, "images");
  const file = path.resolve(contentDir, contentPath);
  if (!contentPath.startsWith("images/") || !file.startsWith(root + path.sep)) return null;
  return CONTENT_IMAGE_TYPES[path.extname(file).toLowerCase()] ? file : null;
}

/**
 * The site URL of an uploaded content image, or null when the content folder does not have it.
 * `?v=` changes when the file does, so the answer may be cached for good.
 */
export function contentImageUrl(contentPath: string, contentDir: string = HC_CONTENT_DIR): string | null {
  const file = contentImageFile(contentDir, contentPath);
  if (!file) return null;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return null;
    return `${CONTENT_IMAGE_ROUTE}${contentPath.slice("images/".length)}?v=${Math.round(stat.mtimeMs).toString(36)}`;
  } catch {
    return null;
  }
}
