/** Shared editorial content for the consumer site (from @hybrid/content). */
import { pagesForSite, showsOnSite, storyForProduct } from "@hybrid/content";
import { getCollection, type CollectionEntry } from "astro:content";
import { SITE } from "../../lib/backend";

/** Editorial pages the consumer site lists, newest first. */
export async function consumerPages(): Promise<CollectionEntry<"pages">[]> {
  return pagesForSite(await getCollection("pages"), SITE);
}

/** The page with this slug if the consumer site shows it. */
export async function consumerPage(slug: string): Promise<CollectionEntry<"pages"> | undefined> {
  const pages = await getCollection("pages");
  const page = pages.find((p) => p.id === slug);
  return page && showsOnSite(page, SITE) ? page : undefined;
}

/** The story for a product, if the content has one. */
export async function productStory(handle: string): Promise<CollectionEntry<"stories"> | undefined> {
  return storyForProduct(await getCollection("stories"), handle);
}
