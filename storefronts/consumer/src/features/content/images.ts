/**
 * Images editors upload into the shared content (`content/images/…`, named in frontmatter as
 * `images/<folder>/<file>`), bundled with the site as static assets: the map is built at build
 * time, like the content itself.
 */
const assets = import.meta.glob<string>("../../../../../content/images/**/*.{png,jpg,jpeg,webp,gif,avif,svg}", {
  eager: true,
  query: "?url",
  import: "default",
});

const byContentPath = new Map(
  Object.entries(assets).map(([file, url]) => [file.slice(file.indexOf("/content/images/") + "/content/".length), url]),
);

/** The site URL of an uploaded content image, or null when the build does not have it. */
export function contentImageUrl(path: string): string | null {
  return byContentPath.get(path) ?? null;
}
