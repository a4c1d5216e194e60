/**
 * Catalogue-wide data every page needs (regions, navigation). Not user data, so it is cached
 * in the process for a minute.
 */
import type { ResolvedRegion } from "@hybrid/storefront-kit";
import type { HttpTypes } from "@medusajs/types";
import { backend } from "../../lib/backend";
import { visibleCategories, type NavCategory } from "./navigation";

const TTL_MS = 60_000;
let navCache: { at: number; regionId: string; value: Promise<NavCategory[]> } | null = null;

export function loadRegions(): Promise<HttpTypes.StoreRegion[]> {
  return backend.regions.list();
}

/** Categories that hold consumer products. */
export function loadNavCategories(region: ResolvedRegion): Promise<NavCategory[]> {
  if (navCache && navCache.regionId === region.id && Date.now() - navCache.at < TTL_MS) return navCache.value;
  const value = (async () => {
    const [categories, { products }] = await Promise.all([
      backend.categories.list(),
      backend.products.list({
        regionId: region.id,
        countryCode: region.countryCode,
        limit: 500,
        fields: "id,*categories",
      }),
    ]);
    const used = new Set(products.flatMap((p) => (p.categories ?? []).map((c) => c.id)));
    return visibleCategories(categories, used);
  })();
  navCache = { at: Date.now(), regionId: region.id, value };
  value.catch(() => (navCache = null));
  return value;
}
