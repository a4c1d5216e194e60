import { describe, expect, it } from "vitest";
import {
  EMPTY_SEARCH,
  backendSearchQuery,
  facetGroups,
  hiddenSearchFields,
  parseSearchState,
  searchHref,
  type SearchResponse,
} from "./search";

const parse = (query: string) => parseSearchState(new URLSearchParams(query));

describe("search URL <-> state", () => {
  it("reads every filter and writes the same URL back (stable order, defaults left out)", () => {
    const url =
      "q=kenya&category=coffee-beans&option%5Borigin%5D=Kenya&option%5Borigin%5D=Ethiopia&option%5Bsize%5D=1+kg&price_min=15&price_max=29.99&in_stock=1&sort=price_asc&page=2";
    const state = parse(url);
    expect(state).toEqual({
      q: "kenya",
      category: ["coffee-beans"],
      options: { origin: ["Kenya", "Ethiopia"], size: ["1 kg"] },
      priceMin: 15,
      priceMax: 29.99,
      inStock: true,
      sort: "price_asc",
      page: 2,
    });
    expect(searchHref(state)).toBe(`/search?${url}`);
    expect(searchHref(EMPTY_SEARCH)).toBe("/search");
  });

  it("drops what it cannot use instead of failing: unknown options and sorts, bad numbers, duplicates", () => {
    const state = parse(
      "q=%20x%20&option%5Bcolour%5D=red&sort=cheapest&page=abc&price_min=-3&price_max=ten&category=a&category=a&in_stock=maybe",
    );
    expect(state).toEqual({ ...EMPTY_SEARCH, q: "x", category: ["a"] });
  });

  it("swaps a reversed price range", () => {
    expect(parse("price_min=50&price_max=10")).toMatchObject({ priceMin: 10, priceMax: 50 });
  });

  it("becomes the backend query with the site's price basis, repeating list parameters", () => {
    const query = backendSearchQuery(parse("q=kenya&category=a&category=b&option%5Broast%5D=light&in_stock=1"), {
      regionId: "reg_1",
      countryCode: "de",
      priceBasis: "gross",
      limit: 12,
    });
    expect(query).toEqual({
      region_id: "reg_1",
      country_code: "de",
      price_basis: "gross",
      limit: "12",
      page: "1",
      q: "kenya",
      category: ["a", "b"],
      "option[roast]": ["light"],
      in_stock: "true",
    });
  });

  it("carries the rest of the search through a GET form", () => {
    expect(hiddenSearchFields(parse("q=a&sort=title&page=3&in_stock=1"))).toEqual([
      ["q", "a"],
      ["in_stock", "1"],
    ]);
  });
});

const response: SearchResponse = {
  currency_code: "eur",
  hits: [],
  total: 3,
  page: 1,
  limit: 12,
  pages: 1,
  facets: {
    category: [{ value: "coffee-beans", label: "Coffee beans", count: 3 }],
    price: [
      { key: "0-15", from: null, to: 15, count: 2 },
      { key: "15-30", from: 15, to: 30, count: 1 },
      { key: "30-60", from: 30, to: 60, count: 0 },
    ],
    availability: [{ value: "true", count: 3 }],
    options: {
      origin: [
        { value: "Kenya", count: 1 },
        { value: "Ethiopia", count: 2 },
      ],
      roast: [],
      size: [],
    },
  },
  typo: { corrected: false, did_you_mean: null },
  empty: null,
};
const priceLabel = (from: number | null, to: number | null) => `${from ?? 0}-${to ?? "∞"}`;

describe("facet links", () => {
  it("toggle one value, keep the rest of the search and go back to page 1", () => {
    const state = parse("q=kenya&option%5Borigin%5D=Kenya&page=2");
    const groups = facetGroups(response, state, { priceLabel });
    expect(groups.map((g) => g.id)).toEqual(["category", "option-origin", "price", "availability"]);
    const origin = groups.find((g) => g.id === "option-origin")!;
    expect(origin.links).toEqual([
      { label: "Kenya", count: 1, selected: true, href: "/search?q=kenya" },
      {
        label: "Ethiopia",
        count: 2,
        selected: false,
        href: "/search?q=kenya&option%5Borigin%5D=Kenya&option%5Borigin%5D=Ethiopia",
      },
    ]);
    expect(groups[0].links[0]).toMatchObject({
      label: "Coffee beans",
      href: "/search?q=kenya&category=coffee-beans&option%5Borigin%5D=Kenya",
    });
  });

  it("price buckets become an inclusive price_min/price_max; empty buckets are left out", () => {
    const price = facetGroups(response, EMPTY_SEARCH, { priceLabel }).find((g) => g.id === "price")!;
    expect(price.links.map((l) => [l.label, l.count, l.href])).toEqual([
      ["0-15", 2, "/search?price_max=14.99"],
      ["15-30", 1, "/search?price_min=15&price_max=29.99"],
    ]);
    const selected = facetGroups(response, parse("price_min=15&price_max=29.99"), { priceLabel }).find(
      (g) => g.id === "price",
    )!;
    expect(selected.links[1]).toMatchObject({ selected: true, href: "/search" });
  });

  it("keeps a selected value that no longer has results, so it can be removed", () => {
    const origin = facetGroups(response, parse("option%5Borigin%5D=Peru"), { priceLabel }).find(
      (g) => g.id === "option-origin",
    )!;
    expect(origin.links.at(-1)).toEqual({ label: "Peru", count: 0, selected: true, href: "/search" });
  });
});
