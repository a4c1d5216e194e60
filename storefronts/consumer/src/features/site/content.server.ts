/**
 * Shared editorial content for the consumer site (from @hybrid/content). Every function decides
 * visibility for `now`, the request time by default: drafts never show, and scheduled entries
 * appear and disappear at their publishAt / unpublishAt without a rebuild.
 */
import {
  editorialPages,
  footerPages,
  pageForSite,
  pagesForSite,
  storyForProduct,
  visibleBlocks,
} from "@hybrid/content";
import { getCollection, type CollectionEntry } from "astro:content";
import { SITE } from "../../lib/backend";

/** Every page the consumer site shows at `now` (articles and service/legal pages), newest first: the sitemap. */
export async function consumerPages(now = new Date()): Promise<CollectionEntry<"pages">[]> {
  return pagesForSite(await getCollection("pages"), SITE, { now });
}

/** The articles the consumer site lists at `now`, newest first (not the footer's service and legal pages). */
export async function consumerArticles(now = new Date()): Promise<CollectionEntry<"pages">[]> {
  return editorialPages(await consumerPages(now));
}

/** The footer's service and legal pages the consumer site shows at `now`, by heading. */
export async function consumerFooterPages(now = new Date()) {
  return footerPages(await getCollection("pages"), SITE, { now });
}

/** The page with this slug if the consumer site shows it at `now`. */
export async function consumerPage(slug: string, now = new Date()): Promise<CollectionEntry<"pages"> | undefined> {
  return pageForSite(await getCollection("pages"), slug, SITE, { now });
}

/** The story for a product, if the content has one live on the consumer site at `now`. */
export async function productStory(handle: string, now = new Date()): Promise<CollectionEntry<"stories"> | undefined> {
  return storyForProduct(await getCollection("stories"), handle, { site: SITE, now });
}

/** The persona blocks of an entry a consumer-site visitor sees (the `consumer` audience). */
export function consumerBlocks(entry: CollectionEntry<"stories"> | CollectionEntry<"pages">, now = new Date()) {
  return visibleBlocks(entry, { site: SITE, audience: "consumer", now });
}
