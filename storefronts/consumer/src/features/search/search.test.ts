/** The consumer results page's wording and its facet list, rendered with Astro's container API. */
import { experimental_AstroContainer as AstroContainer } from "astro/container";
import SearchBox from "@hybrid/storefront-kit/components/SearchBox.astro";
import SearchFacets from "@hybrid/storefront-kit/components/SearchFacets.astro";
import { EMPTY_SEARCH, facetGroups, parseSearchState, type SearchResponse } from "@hybrid/storefront-kit/search.ts";
import { beforeAll, describe, expect, it } from "vitest";
import { emptyStateLinks, priceBucketLabel, resultCount, searchHeading, typoNotice } from "./view";

const response: SearchResponse = {
  currency_code: "eur",
  hits: [],
  total: 2,
  page: 1,
  limit: 12,
  pages: 1,
  facets: {
    category: [{ value: "coffee-beans", label: "Coffee beans", count: 2 }],
    price: [
      { key: "0-15", from: null, to: 15, count: 1 },
      { key: "15-30", from: 15, to: 30, count: 1 },
      { key: "150+", from: 150, to: null, count: 0 },
    ],
    availability: [{ value: "true", count: 2 }],
    options: { origin: [{ value: "Ethiopia", count: 2 }], roast: [{ value: "light", count: 2 }], size: [] },
  },
  typo: { corrected: true, did_you_mean: "yirgacheffe" },
  empty: null,
};
const state = (query: string) => parseSearchState(new URLSearchParams(query));

let astro: AstroContainer;
beforeAll(async () => {
  astro = await AstroContainer.create();
});

describe("results page wording", () => {
  it("names the query, the count and a corrected spelling with a link to it", () => {
    const s = state("q=yirgachefe&option%5Broast%5D=light");
    expect(searchHeading(s)).toBe("Results for “yirgachefe”");
    expect(searchHeading(EMPTY_SEARCH)).toBe("All products");
    expect(resultCount(1)).toBe("1 product");
    expect(typoNotice(s, response)).toEqual({
      text: "No exact matches for “yirgachefe”. Showing results for “yirgacheffe”.",
      href: "/search?q=yirgacheffe&option%5Broast%5D=light",
    });
    expect(typoNotice(s, { ...response, typo: { corrected: false, did_you_mean: null } })).toBeNull();
  });

  it("offers suggestions, popular categories and a search without filters when nothing is found", () => {
    const empty = {
      ...response,
      total: 0,
      empty: {
        suggestions: ["Ethiopia"],
        popular_categories: [{ handle: "coffee-beans", name: "Coffee beans", count: 14 }],
      },
    };
    expect(emptyStateLinks(state("q=zz&in_stock=1"), empty)).toEqual({
      withoutFilters: "/search?q=zz",
      suggestions: [{ label: "Ethiopia", href: "/search?q=Ethiopia" }],
      categories: [{ label: "Coffee beans", count: 14, href: "/search?category=coffee-beans" }],
    });
  });

  it("labels price buckets in the shopper's currency", () => {
    const label = priceBucketLabel("eur", "en-IE");
    expect(label(null, 15)).toBe("Under €15");
    expect(label(15, 30)).toBe("€15 – €30");
    expect(label(150, null)).toBe("€150 and more");
  });
});

describe("facet list", () => {
  it("renders each value with its count as a link that toggles it, selected values marked", async () => {
    const s = state("q=ethiopia&option%5Borigin%5D=Ethiopia");
    const groups = facetGroups(response, s, { priceLabel: priceBucketLabel("eur", "en-IE") });
    const html = await astro.renderToString(SearchFacets, { props: { groups, clearHref: "/search?q=ethiopia" } });
    const text = html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
    expect(text).toContain("Category");
    expect(text).toContain("Coffee beans (2)");
    expect(text).toContain("Under €15 (1)");
    expect(text).not.toContain("€150 and more");
    expect(text).toContain("Ethiopia (2) selected, remove filter");
    expect(html).toContain('href="/search?q=ethiopia"');
    expect(html).toContain('href="/search?q=ethiopia&amp;category=coffee-beans&amp;option%5Borigin%5D=Ethiopia"');
    expect(html).toContain('aria-current="true"');
  });

  it("the search box is a GET form to /search that works without JavaScript", async () => {
    const html = await astro.renderToString(SearchBox, {
      props: { value: "kenya", suggestUrl: "/search/suggest.json" },
    });
    expect(html).toMatch(/<form[^>]*role="search"[^>]*method="get"[^>]*action="\/search"/);
    expect(html).toContain('name="q"');
    expect(html).toContain('value="kenya"');
    expect(html).toContain('data-suggest-url="/search/suggest.json"');
  });
});
