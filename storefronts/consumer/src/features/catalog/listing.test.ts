import { describe, expect, it } from "vitest";
import { DEFAULT_SORT, PAGE_SIZE, fetchPlan, parseListingQuery, sortProducts } from "./listing";

const q = (s: string) => parseListingQuery(new URLSearchParams(s));
const priced = (title: string, gross: number, created = "2026-01-01") => ({
  title,
  created_at: created,
  variants: [{ calculated_price: { calculated_amount_with_tax: gross, currency_code: "eur" } }],
});

describe("parseListingQuery", () => {
  it("reads sort and page", () => {
    expect(q("sort=price-desc&page=3")).toEqual({ sort: "price-desc", page: 3 });
  });

  it("falls back for unknown sorts and bad pages", () => {
    expect(q("sort=cheapest&page=-2")).toEqual({ sort: DEFAULT_SORT, page: 1 });
    expect(q("sort=__proto__&page=1.5")).toEqual({ sort: DEFAULT_SORT, page: 1 });
    expect(q("")).toEqual({ sort: DEFAULT_SORT, page: 1 });
  });
});

describe("fetchPlan", () => {
  it("lets the backend order and page by name and date", () => {
    expect(fetchPlan({ sort: "name", page: 2 })).toEqual({
      strategy: "backend",
      order: "title",
      limit: PAGE_SIZE,
      offset: PAGE_SIZE,
    });
    expect(fetchPlan({ sort: "newest", page: 1 })).toMatchObject({ order: "-created_at", offset: 0 });
  });

  it("sorts by price in memory (the backend cannot)", () => {
    expect(fetchPlan({ sort: "price-asc", page: 2 }).strategy).toBe("in-memory");
  });
});

describe("sortProducts", () => {
  const products = [
    priced("Kenya", 16.2, "2026-03-01"),
    priced("Brazil", 11.4, "2026-01-01"),
    { title: "No price", variants: [] },
    priced("Colombia", 13.2, "2026-02-01"),
  ];

  it("orders by the lowest tax-inclusive price, unpriced last", () => {
    expect(sortProducts(products, "price-asc").map((p) => p.title)).toEqual([
      "Brazil",
      "Colombia",
      "Kenya",
      "No price",
    ]);
    expect(sortProducts(products, "price-desc").map((p) => p.title)).toEqual([
      "Kenya",
      "Colombia",
      "Brazil",
      "No price",
    ]);
  });

  it("orders by name and by newest", () => {
    expect(sortProducts(products, "name").map((p) => p.title)).toEqual(["Brazil", "Colombia", "Kenya", "No price"]);
    expect(sortProducts(products, "newest")[0]!.title).toBe("Kenya");
  });

  it("does not modify its input", () => {
    const before = products.map((p) => p.title);
    sortProducts(products, "name");
    expect(products.map((p) => p.title)).toEqual(before);
  });
});
