/**
 * The consumer site's catalog search: the backend's `GET /store/search` with the Consumer key,
 * prices tax-inclusive for the shopper's country (so price filters and buckets match the prices
 * shown), and the typeahead behind `/search/suggest.json`.
 */
import type { ResolvedRegion } from "@hybrid/storefront-kit";
import {
  backendSearchQuery,
  type SearchResponse,
  type SearchState,
  type SuggestResponse,
} from "@hybrid/storefront-kit/search.ts";
import { backend } from "../../lib/backend";

export const SEARCH_PAGE_SIZE = 12;
export const SUGGESTION_LIMIT = 6;

export function searchCatalog(state: SearchState, region: ResolvedRegion): Promise<SearchResponse> {
  return backend.requestWithErrorBody<SearchResponse>("/store/search", {
    query: backendSearchQuery(state, {
      regionId: region.id,
      countryCode: region.countryCode,
      priceBasis: "gross",
      limit: SEARCH_PAGE_SIZE,
    }),
  });
}

/** Typeahead suggestions; an empty or one-letter query asks the backend nothing. */
export async function suggest(q: string): Promise<SuggestResponse> {
  const query = q.trim().slice(0, 100);
  if (query.length < 2) return { q: query, products: [], categories: [] };
  return backend.requestWithErrorBody<SuggestResponse>("/store/search/suggest", {
    query: { q: query, limit: SUGGESTION_LIMIT },
  });
}
