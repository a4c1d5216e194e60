/**
 * Category listing: sort and page from the query string, and how to fetch them. Name and
 * newest are ordered by the backend (one page per request); the backend cannot order by
 * price, so price sorts read the whole category (small for a roaster's catalogue, capped at
 * IN_MEMORY_LIMIT) and sort by the lowest tax-inclusive price here.
 */
import { lowestPrice, parsePositiveInt, type CalculatedPriceLike } from "@hybrid/storefront-kit";

export const SORTS = {
  newest: { label: "Newest", order: "-created_at" },
  name: { label: "Name (A–Z)", order: "title" },
  "price-asc": { label: "Price: low to high", order: null },
  "price-desc": { label: "Price: high to low", order: null },
} as const;

export type SortKey = keyof typeof SORTS;
export const DEFAULT_SORT: SortKey = "newest";
export const PAGE_SIZE = 12;
export const IN_MEMORY_LIMIT = 500;

export function isSortKey(value: unknown): value is SortKey {
  return typeof value === "string" && Object.hasOwn(SORTS, value);
}

export interface ListingQuery {
  sort: SortKey;
  page: number;
}

/** Unknown sort values fall back to the default; page must be a positive integer (else 1). */
export function parseListingQuery(params: URLSearchParams): ListingQuery {
  const sort = params.get("sort");
  return { sort: isSortKey(sort) ? sort : DEFAULT_SORT, page: parsePositiveInt(params.get("page")) };
}

export type FetchPlan =
  | { strategy: "backend"; order: string; limit: number; offset: number }
  | { strategy: "in-memory"; limit: number };

export function fetchPlan(query: ListingQuery, pageSize = PAGE_SIZE): FetchPlan {
  const order = SORTS[query.sort].order;
  if (order) return { strategy: "backend", order, limit: pageSize, offset: (query.page - 1) * pageSize };
  return { strategy: "in-memory", limit: IN_MEMORY_LIMIT };
}

interface Sortable {
  title?: string | null;
  created_at?: string | Date | null;
  variants?: ReadonlyArray<{ calculated_price?: CalculatedPriceLike | null }> | null;
}

/** A sorted copy; products without a price go last in price sorts. */
export function sortProducts<T extends Sortable>(products: readonly T[], sort: SortKey): T[] {
  const copy = [...products];
  if (sort === "name") return copy.sort((a, b) => (a.title ?? "").localeCompare(b.title ?? ""));
  if (sort === "newest") return copy.sort((a, b) => time(b.created_at) - time(a.created_at));
  const direction = sort === "price-asc" ? 1 : -1;
  return copy.sort((a, b) => {
    const pa = lowestPrice(a.variants, "gross")?.amount;
    const pb = lowestPrice(b.variants, "gross")?.amount;
    if (pa === undefined || pb === undefined) return pa === undefined ? (pb === undefined ? 0 : 1) : -1;
    return (pa - pb) * direction || (a.title ?? "").localeCompare(b.title ?? "");
  });
}

function time(value: string | Date | null | undefined): number {
  return value ? new Date(value).getTime() : 0;
}
