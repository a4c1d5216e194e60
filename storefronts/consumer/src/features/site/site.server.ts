/**
 * Catalogue-wide data every page needs (regions, navigation). Not user data, so it is cached
 * in the process for a minute.
 */
import type { HttpTypes } from "@medusajs/types";
import { backend } from "../../lib/backend";
import { navigationCandidates, visibleCategories, type NavCategory } from "./navigation";

const TTL_MS = 60_000;
let navCache: { at: number; value: Promise<NavCategory[]> } | null = null;

export function loadRegions(): Promise<HttpTypes.StoreRegion[]> {
  return backend.regions.list();
}

/**
 * Categories that hold consumer products: the category tree (cached by the client), then one
 * `limit=1` product lookup per top-level category. The same for every region (the channel decides
 * which products exist, not the region), so one cache serves them all.
 */
export function loadNavCategories(): Promise<NavCategory[]> {
  if (navCache && Date.now() - navCache.at < TTL_MS) return navCache.value;
  const value = (async () => {
    const categories = await backend.categories.list();
    const used = await backend.categories.withProducts(navigationCandidates(categories).map((c) => c.id));
    return visibleCategories(categories, used);
  })();
  navCache = { at: Date.now(), value };
  value.catch(() => (navCache = null));
  return value;
}
