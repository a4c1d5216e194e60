/** The trade search feature: its backend query (net prices, buyer token), SKU matches, facets. */
import { experimental_AstroContainer as AstroContainer } from "astro/container";
import SearchFacets from "@hybrid/storefront-kit/components/SearchFacets.astro";
import type { StorefrontClient } from "@hybrid/storefront-kit";
import { describe, expect, it, vi } from "vitest";
import { priceBucketLabel, searchCatalog, skuMatches, suggest } from "./search";
import { facetGroups, parseSearchState, type SearchResponse } from "./search-kit";

const region = { id: "reg_eu", name: "Europe", currencyCode: "eur", countryCode: "de", locale: "en-IE" };
const response: SearchResponse = {
  currency_code: "eur",
  hits: [
    {
      id: "p1",
      handle: "colombia-huila",
      title: "Colombia Huila",
      thumbnail: null,
      matched_sku: "COLOMBIA-HUILA-1KG",
      variants: [],
    },
    { id: "p2", handle: "colombia-decaf", title: "Colombia Decaf", thumbnail: null, matched_sku: null, variants: [] },
  ],
  total: 2,
  page: 1,
  limit: 24,
  pages: 1,
  facets: {
    category: [
      { value: "wholesale", label: "Wholesale", count: 1 },
      { value: "coffee-beans", label: "Coffee beans", count: 2 },
    ],
    price: [{ key: "150+", from: 150, to: null, count: 1 }],
    availability: [{ value: "true", count: 2 }],
    options: { origin: [{ value: "Colombia", count: 2 }], roast: [], size: [{ value: "5 kg", count: 1 }] },
  },
  typo: { corrected: false, did_you_mean: null },
  empty: null,
};

function fakeBackend(answer: unknown) {
  const requestWithErrorBody = vi.fn(async () => answer);
  return { backend: { requestWithErrorBody } as unknown as StorefrontClient, requestWithErrorBody };
}

describe("trade search", () => {
  it("asks for net prices with the buyer's token, keeping the URL's filters", async () => {
    const { backend, requestWithErrorBody } = fakeBackend(response);
    const state = parseSearchState(new URLSearchParams("q=huila-1&option%5Bsize%5D=5+kg&page=2"));
    await searchCatalog(backend, state, { region, token: "jwt" });
    expect(requestWithErrorBody).toHaveBeenCalledWith("/store/search", {
      token: "jwt",
      query: {
        region_id: "reg_eu",
        country_code: "de",
        price_basis: "net",
        limit: "24",
        page: "2",
        q: "huila-1",
        "option[size]": ["5 kg"],
      },
    });
  });

  it("lists the hits found by SKU, in result order", () => {
    expect(skuMatches(response)).toEqual([
      { handle: "colombia-huila", title: "Colombia Huila", sku: "COLOMBIA-HUILA-1KG" },
    ]);
  });

  it("typeahead: one letter asks nothing; otherwise the buyer's token goes along", async () => {
    const { backend, requestWithErrorBody } = fakeBackend({ q: "hu", products: [], categories: [] });
    expect(await suggest(backend, "h", "jwt")).toEqual({ q: "h", products: [], categories: [] });
    expect(requestWithErrorBody).not.toHaveBeenCalled();
    await suggest(backend, " hu ", "jwt");
    expect(requestWithErrorBody).toHaveBeenCalledWith("/store/search/suggest", {
      token: "jwt",
      query: { q: "hu", limit: 8 },
    });
  });

  it("renders facets with counts as links that keep the query", async () => {
    const astro = await AstroContainer.create();
    const state = parseSearchState(new URLSearchParams("q=colombia"));
    const groups = facetGroups(response, state, { priceLabel: priceBucketLabel("eur", "en-IE") });
    const html = await astro.renderToString(SearchFacets, { props: { groups } });
    const text = html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
    expect(text).toContain("Wholesale (1)");
    expect(text).toContain("5 kg (1)");
    expect(text).toContain("€150 and more (1)");
    expect(html).toContain('href="/search?q=colombia&amp;option%5Bsize%5D=5+kg"');
  });
});
