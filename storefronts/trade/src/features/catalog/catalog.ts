/**
 * The Trade channel's catalog: categories that hold trade products, and paginated, sorted product
 * listings priced for the buyer (their token makes the Trade price list apply).
 */
import {
  isPageOutOfRange,
  paginate,
  parsePositiveInt,
  type PageInfo,
  type StorefrontClient,
} from "@hybrid/storefront-kit";
import type { HttpTypes } from "@medusajs/types";

export const PAGE_SIZE = 12;

/**
 * What a row of ProductTable shows: thumbnail, title, each size's title and the buyer's price for
 * it. `*variants` (the variants' own columns) rather than single variant fields because the store
 * route drops `variants.variant_rank`, which orders sizes of equal price. The price itself is the
 * same calculation as on the product page: the buyer's token and the region decide it, not the
 * fields asked for.
 */
export const PRODUCT_ROW_FIELDS = "id,handle,title,thumbnail,*variants,*variants.calculated_price";

export const SORTS = [
  { value: "title", label: "Name, A–Z" },
  { value: "-title", label: "Name, Z–A" },
  { value: "-created_at", label: "Newest first" },
] as const;
export type SortValue = (typeof SORTS)[number]["value"];
export const DEFAULT_SORT: SortValue = "title";

/** A sort the backend supports, from the query string; anything else falls back to the default. */
export function parseSort(raw: string | null | undefined): SortValue {
  return SORTS.find((sort) => sort.value === raw)?.value ?? DEFAULT_SORT;
}

export interface CategorySummary {
  id: string;
  handle: string;
  name: string;
  description: string | null;
  productCount: number;
}

const CATEGORY_COUNTS_TTL_MS = 60_000;
let categoryCache: { at: number; value: Promise<CategorySummary[]> } | null = null;

/**
 * Categories with at least one product in the Trade channel (gift sets, consumer-only, drop out),
 * with their product counts. Same for every buyer, so cached for a minute per process.
 */
export function tradeCategories(client: Pick<StorefrontClient, "categories" | "request">): Promise<CategorySummary[]> {
  if (categoryCache && Date.now() - categoryCache.at < CATEGORY_COUNTS_TTL_MS) return categoryCache.value;
  const value = (async () => {
    const categories = await client.categories.list();
    const counted = await Promise.all(
      categories.map(async (category) => {
        const { count } = await client.request<{ count: number }>("/store/products", {
          query: { category_id: [category.id], fields: "id", limit: 1 },
        });
        return {
          id: category.id,
          handle: category.handle,
          name: category.name,
          description: category.description || null,
          productCount: count,
        };
      }),
    );
    return counted.filter((category) => category.productCount > 0).sort((a, b) => a.name.localeCompare(b.name));
  })();
  categoryCache = { at: Date.now(), value };
  value.catch(() => {
    if (categoryCache?.value === value) categoryCache = null;
  });
  return value;
}

export interface Listing {
  products: HttpTypes.StoreProduct[];
  count: number;
  page: PageInfo;
  sort: SortValue;
}

/**
 * One page of products (optionally of one category) for the buyer. Null when the requested page
 * lies beyond the last one, so the page can answer 404.
 */
export async function loadListing(
  client: Pick<StorefrontClient, "products">,
  params: { url: URL; token: string; regionId: string; countryCode: string; categoryId?: string },
): Promise<Listing | null> {
  const sort = parseSort(params.url.searchParams.get("sort"));
  const requested = parsePositiveInt(params.url.searchParams.get("page"));
  const { products, count } = await client.products.list({
    token: params.token,
    regionId: params.regionId,
    countryCode: params.countryCode,
    categoryId: params.categoryId,
    order: sort,
    fields: PRODUCT_ROW_FIELDS,
    limit: PAGE_SIZE,
    offset: (requested - 1) * PAGE_SIZE,
  });
  if (requested > 1 && isPageOutOfRange(count, requested, PAGE_SIZE)) return null;
  return { products, count, page: paginate(count, requested, PAGE_SIZE), sort };
}
