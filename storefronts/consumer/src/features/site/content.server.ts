/**
 * Shared editorial content for the consumer site (from @hybrid/content, the live collections of
 * src/live.config.ts: read while the site runs, so a publish shows without a build). Every function
 * decides visibility for `now`, the request time by default: drafts never show, and scheduled
 * entries appear and disappear at their publishAt / unpublishAt.
 */
import {
  editorialPages,
  footerPages,
  pageForSite,
  pagesForSite,
  storyForProduct,
  visibleBlocks,
} from "@hybrid/content";
import type { LivePage, LiveStory } from "@hybrid/content/live.ts";
import { liveEntries } from "@hybrid/storefront-kit/live-content.ts";
import { SITE } from "../../lib/backend";

/** Every story in the content folder now. */
export const allStories = () => liveEntries<LiveStory>("stories");

/** Every page in the content folder now. */
export const allPages = () => liveEntries<LivePage>("pages");

/** Every page the consumer site shows at `now` (articles and service/legal pages), newest first: the sitemap. */
export async function consumerPages(now = new Date()): Promise<LivePage[]> {
  return pagesForSite(await allPages(), SITE, { now });
}

/** The articles the consumer site lists at `now`, newest first (not the footer's service and legal pages). */
export async function consumerArticles(now = new Date()): Promise<LivePage[]> {
  return editorialPages(await consumerPages(now));
}

/** The footer's service and legal pages the consumer site shows at `now`, by heading. */
export async function consumerFooterPages(now = new Date()) {
  return footerPages(await allPages(), SITE, { now });
}

/** The page with this slug if the consumer site shows it at `now`. */
export async function consumerPage(slug: string, now = new Date()): Promise<LivePage | undefined> {
  return pageForSite(await allPages(), slug, SITE, { now });
}

/** The story for a product, if the content has one live on the consumer site at `now`. */
export async function productStory(handle: string, now = new Date()): Promise<LiveStory | undefined> {
  return storyForProduct(await allStories(), handle, { site: SITE, now });
}

/** The persona blocks of an entry a consumer-site visitor sees (the `consumer` audience). */
export function consumerBlocks(entry: LiveStory | LivePage, now = new Date()) {
  return visibleBlocks(entry, { site: SITE, audience: "consumer", now });
}
