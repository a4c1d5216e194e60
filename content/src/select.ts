import type { Page, Site, Story } from "./schemas.ts"

/*
 * Pure helpers over collection entries (what `getCollection("pages" | "stories")` returns). They
 * are generic so a site keeps its own `CollectionEntry<...>` type in the result.
 */

interface PageEntryLike {
  id: string
  data: Pick<Page, "sites" | "publishedAt" | "title">
}

interface StoryEntryLike {
  data: Pick<Story, "product">
}

/** Whether `site` may list and serve this page; a page route answers 404 when it may not. */
export function showsOnSite(page: PageEntryLike, site: Site): boolean {
  return page.data.sites.includes(site)
}

/** The pages `site` shows, newest first (ties by title), e.g. for a footer or an index page. */
export function pagesForSite<T extends PageEntryLike>(entries: readonly T[], site: Site): T[] {
  return entries
    .filter((entry) => showsOnSite(entry, site))
    .sort(
      (a, b) =>
        b.data.publishedAt.getTime() - a.data.publishedAt.getTime() || a.data.title.localeCompare(b.data.title),
    )
}

/** The story shown on the page of the product with this handle, if it has one. */
export function storyForProduct<T extends StoryEntryLike>(entries: readonly T[], handle: string): T | undefined {
  return entries.find((entry) => entry.data.product === handle)
}
