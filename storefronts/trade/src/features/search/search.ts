/**
 * The trade site's catalog search: the backend's `GET /store/search` with the Trade key and the
 * buyer's token, so hits carry the buyer's net (trade) prices and the consumer RRP beside them;
 * price filters and buckets are net. SKUs are searched too (exact and partial matches first).
 */
import type { ResolvedRegion, StorefrontClient } from "@hybrid/storefront-kit";
import {
  backendSearchQuery,
  formatMoneyRange,
  type SearchResponse,
  type SearchState,
  type SuggestResponse,
} from "./search-kit";

export const SEARCH_PAGE_SIZE = 24;

export function searchCatalog(
  backend: StorefrontClient,
  state: SearchState,
  context: { region: ResolvedRegion; token: string },
): Promise<SearchResponse> {
  return backend.requestWithErrorBody<SearchResponse>("/store/search", {
    token: context.token,
    query: backendSearchQuery(state, {
      regionId: context.region.id,
      countryCode: context.region.countryCode,
      priceBasis: "net",
      limit: SEARCH_PAGE_SIZE,
    }),
  });
}

export async function suggest(backend: StorefrontClient, q: string, token: string): Promise<SuggestResponse> {
  const query = q.trim().slice(0, 100);
  if (query.length < 2) return { q: query, products: [], categories: [] };
  return backend.requestWithErrorBody<SuggestResponse>("/store/search/suggest", {
    token,
    query: { q: query, limit: 8 },
  });
}

/** "SKU COLOMBIA-HUILA-1KG" lines for hits found by SKU, in result order. */
export function skuMatches(response: SearchResponse): { handle: string; title: string; sku: string }[] {
  return response.hits
    .filter((hit) => hit.matched_sku)
    .map((hit) => ({ handle: hit.handle, title: hit.title, sku: hit.matched_sku! }));
}

/** Net price bucket labels: "Under €15", "€15–€30", "€150 and more" (net, excl. tax). */
export function priceBucketLabel(currencyCode: string, locale: string) {
  return (from: number | null, to: number | null) => formatMoneyRange(from, to, currencyCode, locale);
}
