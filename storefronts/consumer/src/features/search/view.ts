/**
 * What the consumer results page says around the hits: its heading, the typo notice and the
 * empty state's links. Pure, so the wording is tested without a backend.
 */
import { formatMoney } from "@hybrid/storefront-kit";
import {
  EMPTY_SEARCH,
  hasFilters,
  searchHref,
  withChanges,
  type SearchResponse,
  type SearchState,
} from "@hybrid/storefront-kit/search.ts";

export function searchHeading(state: SearchState): string {
  return state.q ? `Results for “${state.q}”` : "All products";
}

export function resultCount(total: number): string {
  return `${total} ${total === 1 ? "product" : "products"}`;
}

/** "Showing results for …" when the backend answered for a corrected spelling. */
export function typoNotice(state: SearchState, response: SearchResponse): { text: string; href: string | null } | null {
  if (!response.typo.corrected) return null;
  const suggestion = response.typo.did_you_mean;
  return suggestion
    ? {
        text: `No exact matches for “${state.q}”. Showing results for “${suggestion}”.`,
        href: searchHref(withChanges(state, { q: suggestion })),
      }
    : { text: `No exact matches for “${state.q}”. Showing similar products.`, href: null };
}

/** Links of the empty state: the same words without filters, suggested words, popular categories. */
export function emptyStateLinks(state: SearchState, response: SearchResponse) {
  return {
    withoutFilters: hasFilters(state) ? searchHref({ ...EMPTY_SEARCH, q: state.q }) : null,
    suggestions: (response.empty?.suggestions ?? []).map((q) => ({
      label: q,
      href: searchHref({ ...EMPTY_SEARCH, q }),
    })),
    categories: (response.empty?.popular_categories ?? []).map((c) => ({
      label: c.name,
      count: c.count,
      href: searchHref({ ...EMPTY_SEARCH, category: [c.handle] }),
    })),
  };
}

/** A price bucket in the shopper's currency: "Under €15", "€15 – €30", "€150 and more". */
export function priceBucketLabel(currencyCode: string, locale: string) {
  const money = (amount: number) => formatMoney(amount, currencyCode, locale).replace(/[.,]00(?=\D*$)/, "");
  return (from: number | null, to: number | null) =>
    from === null
      ? `Under ${money(to ?? 0)}`
      : to === null
        ? `${money(from)} and more`
        : `${money(from)} – ${money(to)}`;
}
