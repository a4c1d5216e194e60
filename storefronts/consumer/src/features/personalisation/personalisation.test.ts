import { describe, expect, it } from "vitest";
import { oftenBoughtTogether, recentlyViewed, recordView } from "./personalisation.server";
import { parseRecent, RECENT_COOKIE, RECENT_LIMIT, rememberViewed, serializeRecent } from "./recently-viewed";
import { relatedProducts } from "./related";

describe("recently viewed cookie", () => {
  it("keeps the most recent first, each product once, capped", () => {
    let recent: string[] = [];
    for (const handle of ["a", "b", "c", "b"]) recent = rememberViewed(recent, handle);
    expect(recent).toEqual(["b", "c", "a"]);
    for (let i = 0; i < 20; i++) recent = rememberViewed(recent, `p-${i}`);
    expect(recent).toHaveLength(RECENT_LIMIT);
    expect(recent[0]).toBe("p-19");
  });

  it("reads back what it wrote, and drops anything that is not a product handle", () => {
    expect(parseRecent(serializeRecent(["kenya-nyeri-aa", "chemex-6-cup"]))).toEqual([
      "kenya-nyeri-aa",
      "chemex-6-cup",
    ]);
    expect(parseRecent("kenya-nyeri-aa,<script>,../x,,KENYA,kenya-nyeri-aa,chemex-6-cup")).toEqual([
      "kenya-nyeri-aa",
      "chemex-6-cup",
    ]);
    expect(parseRecent(undefined)).toEqual([]);
    expect(parseRecent(Array.from({ length: 50 }, (_, i) => `p-${i}`).join(","))).toHaveLength(RECENT_LIMIT);
  });

  it("is written httpOnly, lax, site-wide, secure over https", () => {
    const set: Array<[string, string, Record<string, unknown>]> = [];
    const cookies = {
      get: () => undefined,
      set: (name: string, value: string, options: Record<string, unknown>) => void set.push([name, value, options]),
    };
    recordView(cookies as never, new URL("https://shop.example/products/a"), ["b"], "a");
    expect(set).toEqual([
      [RECENT_COOKIE, "a,b", expect.objectContaining({ httpOnly: true, sameSite: "lax", path: "/", secure: true })],
    ]);
  });
});

describe("related products", () => {
  const product = { id: "p1", handle: "kenya", collection_id: "col_single", categories: [{ id: "cat_beans" }] };
  const candidates = [
    { id: "p1", handle: "kenya", collection_id: "col_single", categories: [{ id: "cat_beans" }] },
    { id: "p2", handle: "blend", collection_id: null, categories: [{ id: "cat_beans" }] },
    { id: "p3", handle: "ethiopia", collection_id: "col_single", categories: [{ id: "cat_beans" }] },
    { id: "p4", handle: "v60", collection_id: null, categories: [{ id: "cat_gear" }] },
    { id: "p5", handle: "brazil", collection_id: null, categories: [{ id: "cat_beans" }] },
  ];

  it("lists the same category or collection, collection first, never the product itself", () => {
    expect(relatedProducts(product, candidates, { limit: 4 }).map((p) => p.handle)).toEqual([
      "ethiopia",
      "blend",
      "brazil",
    ]);
  });

  it("honours the limit and exclusions (e.g. products already shown as bought together)", () => {
    expect(relatedProducts(product, candidates, { limit: 1 }).map((p) => p.handle)).toEqual(["ethiopia"]);
    expect(relatedProducts(product, candidates, { limit: 4, exclude: ["ethiopia"] }).map((p) => p.handle)).toEqual([
      "blend",
      "brazil",
    ]);
  });
});

describe("backend reads", () => {
  const context = { regionId: "reg_eu", countryCode: "de" };
  const listed: unknown[] = [];
  const client = {
    request: async (path: string, init: unknown) => {
      listed.push([path, init]);
      return {
        products: [
          { id: "p2", handle: "chemex-6-cup", orders: 3 },
          { id: "p3", handle: "chemex-filters", orders: 1 },
        ],
      };
    },
    products: {
      list: async (params: { handles?: string[] }) => {
        listed.push(params);
        // The channel does not sell "gone" any more: the backend leaves it out.
        const products = (params.handles ?? [])
          .filter((h) => h !== "gone")
          .reverse()
          .map((handle) => ({ id: `id-${handle}`, handle }));
        return { products, count: products.length };
      },
    },
  } as never;

  it("often bought together keeps the backend's ranking and prices the products for the shopper", async () => {
    const products = await oftenBoughtTogether(client, "prod_1", context);
    expect(products.map((p) => p.handle)).toEqual(["chemex-6-cup", "chemex-filters"]);
    expect(listed[0]).toEqual(["/store/products/prod_1/bought-together", { query: { limit: 4 } }]);
    expect(listed[1]).toMatchObject({
      regionId: "reg_eu",
      countryCode: "de",
      handles: ["chemex-6-cup", "chemex-filters"],
    });
  });

  it("often bought together is empty, not an error, when the backend refuses", async () => {
    const { BackendRequestError } = await import("@hybrid/storefront-kit");
    const refusing = {
      request: async () => {
        throw new BackendRequestError("nope", 400);
      },
      products: { list: async () => ({ products: [], count: 0 }) },
    } as never;
    expect(await oftenBoughtTogether(refusing, "prod_1", context)).toEqual([]);
  });

  it("recently viewed shows what the channel still sells, most recent first, the current product excluded", async () => {
    const products = await recentlyViewed(client, ["a", "gone", "current", "b"], context, ["current"]);
    expect(products.map((p) => p.handle)).toEqual(["a", "b"]);
  });
});
