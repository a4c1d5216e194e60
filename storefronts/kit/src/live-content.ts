import { getLiveCollection } from "astro:content";

/**
 * The entries of one of the site's live collections (src/live.config.ts) as they are now. A
 * loader error (an unreadable content folder, say) is thrown, so the page fails like it does when
 * the backend fails, instead of showing a site without its content.
 */
export async function liveEntries<T>(collection: "stories" | "pages"): Promise<T[]> {
  const { entries, error } = await getLiveCollection(collection as never);
  if (error) throw error;
  return (entries ?? []) as T[];
}
