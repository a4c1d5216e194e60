import { describe, expect, it } from "vitest";
import { CARD_FIELDS } from "@hybrid/storefront-kit";
import { loadRecommendations, recentlyViewed, SIMILAR_CANDIDATES } from "./personalisation.server";
import { recentCookieAfterView } from "./recent-cookie";
import { parseRecent, RECENT_COOKIE, RECENT_LIMIT } from "./recently-viewed";
import { relatedProducts } from "./related";

describe("recently viewed cookie", () => {
  /** `document.cookie` as the browser shows it after assigning `assignment` (name=value only). */
  const stored = (assignment: string) => assignment.split(";")[0]!;
  const view = (documentCookie: string, handle: string) => stored(recentCookieAfterView(documentCookie, handle, false));

  it("keeps the most recent first, each product once, capped, beside the page's other cookies", () => {
    let cookie = "hc_consumer_region=de";
    for (const handle of ["a", "b", "c", "b"]) cookie = `hc_consumer_region=de; ${view(cookie, handle)}`;
    expect(parseRecent(cookie.split("; ")[1]!.split("=")[1])).toEqual(["b", "c", "a"]);
    for (let i = 0; i < 20; i++) cookie = view(cookie, `p-${i}`);
    const handles = parseRecent(cookie.split("=")[1]);
    expect(handles).toHaveLength(RECENT_LIMIT);
    expect(handles[0]).toBe("p-19");
  });

  it("is written lax, site-wide, for 60 days, Secure over https, and never carries anything but handles", () => {
    expect(recentCookieAfterView("", "kenya-nyeri-aa", true)).toBe(
      `${RECENT_COOKIE}=kenya-nyeri-aa; Path=/; Max-Age=5184000; SameSite=Lax; Secure`,
    );
    expect(recentCookieAfterView("", "kenya-nyeri-aa", false)).not.toMatch(/Secure/);
    expect(view(`${RECENT_COOKIE}=a%3Bb,<x>,chemex-6-cup`, "v60")).toBe(`${RECENT_COOKIE}=v60,chemex-6-cup`);
  });

  it("reads back what the browser wrote, and drops anything that is not a product handle", () => {
    expect(parseRecent("kenya-nyeri-aa,chemex-6-cup")).toEqual(["kenya-nyeri-aa", "chemex-6-cup"]);
    expect(parseRecent("kenya-nyeri-aa,<script>,../x,,KENYA,kenya-nyeri-aa,chemex-6-cup")).toEqual([
      "kenya-nyeri-aa",
      "chemex-6-cup",
    ]);
    expect(parseRecent(undefined)).toEqual([]);
    expect(parseRecent(Array.from({ length: 50 }, (_, i) => `p-${i}`).join(","))).toHaveLength(RECENT_LIMIT);
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
  /** In a collection: its "more like this" candidates are ranked before anything is priced. */
  const product = {
    id: "prod_v60",
    handle: "hario-v60-dripper",
    collection_id: "pcol_pour_over",
    categories: [{ id: "pcat_brewing" }],
  } as never;

  type ListParams = { handles?: string[]; categoryId?: string; fields?: string; limit?: number };
  /** The category's products in the backend's order; the channel does not sell "gone" any more. */
  const brewing = [
    "hario-v60-dripper",
    "chemex-6-cup",
    "chemex-filters",
    "aeropress",
    "kalita-wave",
    "digital-brew-scale",
    "v60-filters",
  ];

  /**
   * A client whose every call waits until the test lets it answer, recording when each call started,
   * so the test sees which calls were in flight together.
   */
  function gatedClient(boughtTogether: string[] | Error) {
    const started: string[] = [];
    const gates: Array<() => void> = [];
    const gate = <T>(name: string, answer: () => T) =>
      new Promise<T>((resolve, reject) => {
        started.push(name);
        gates.push(() => {
          try {
            resolve(answer());
          } catch (error) {
            reject(error);
          }
        });
      });
    const lists: ListParams[] = [];
    const client = {
      request: (path: string, init: unknown) =>
        gate(`request ${path} ${JSON.stringify(init)}`, () => {
          if (boughtTogether instanceof Error) throw boughtTogether;
          return { products: boughtTogether.map((handle, i) => ({ id: `id-${handle}`, handle, orders: 9 - i })) };
        }),
      products: {
        list: (params: ListParams) => {
          lists.push(params);
          return gate(params.categoryId ? "list candidates" : "list cards", () => {
            const rows = params.categoryId
              ? brewing
                  .slice(0, params.limit)
                  .map((handle) => ({ id: `id-${handle}`, handle, categories: [{ id: "pcat_brewing" }] }))
              : (params.handles ?? [])
                  .filter((h) => h !== "gone")
                  .reverse()
                  .map((handle) => ({ id: `id-${handle}`, handle }));
            return { products: rows, count: rows.length };
          });
        },
      },
    } as never;
    /** Lets every call started so far answer, then waits for the loader to move on. */
    const release = async () => {
      for (const open of gates.splice(0)) open();
      await new Promise((resolve) => setTimeout(resolve, 0));
    };
    return { client, started, lists, release };
  }

  it("asks for the bought-together ranking and the similar candidates at once, then prices only the cards shown in one call", async () => {
    const { client, started, lists, release } = gatedClient(["chemex-filters", "gone", "chemex-6-cup"]);
    const loading = loadRecommendations(client, product, context, {
      relatedHandles: ["chemex-6-cup", "hario-v60-dripper"],
      recentHandles: ["hario-v60-dripper", "aeropress", "gone"],
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    // Both independent reads are in flight before either has answered.
    expect(started).toEqual([
      'request /store/products/prod_v60/bought-together {"query":{"limit":4}}',
      "list candidates",
    ]);
    expect(lists[0]).toMatchObject({ categoryId: "pcat_brewing", limit: SIMILAR_CANDIDATES });
    expect(lists[0]!.fields).not.toContain("calculated_price");
    await release();
    expect(started).toHaveLength(3);
    expect(lists[1]).toEqual({
      ...context,
      handles: [
        "chemex-6-cup",
        "chemex-filters",
        "gone",
        "aeropress",
        "kalita-wave",
        "digital-brew-scale",
        "v60-filters",
      ],
      limit: 7,
      fields: CARD_FIELDS,
    });
    await release();
    const recommendations = await loading;
    const handles = (list: Array<{ handle?: string | null }>) => list.map((p) => p.handle);
    expect(handles(recommendations.related)).toEqual(["chemex-6-cup"]);
    expect(handles(recommendations.boughtTogether)).toEqual(["chemex-filters"]);
    // Neither the product, nor a product already shown above, nor more than SHOWN.
    expect(handles(recommendations.similar)).toEqual(["aeropress", "kalita-wave", "digital-brew-scale", "v60-filters"]);
    expect(handles(recommendations.recent)).toEqual(["aeropress"]);
  });

  it("prices the head of the category in the first round for a product without a collection", async () => {
    const { client, started, lists, release } = gatedClient(["chemex-filters"]);
    const alone = {
      id: "prod_v60",
      handle: "hario-v60-dripper",
      collection_id: null,
      categories: [{ id: "pcat_brewing" }],
    };
    const loading = loadRecommendations(client, alone as never, context, { relatedHandles: [], recentHandles: [] });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(started).toEqual([
      'request /store/products/prod_v60/bought-together {"query":{"limit":4}}',
      "list candidates",
    ]);
    // Enough of the category to skip the product itself and up to SHOWN bought-together products.
    expect(lists[0]).toEqual({ ...context, categoryId: "pcat_brewing", limit: 9, fields: CARD_FIELDS });
    await release();
    expect(started).toHaveLength(3);
    expect(lists[1]).toMatchObject({ handles: ["chemex-filters"], fields: CARD_FIELDS });
    await release();
    const recommendations = await loading;
    expect(recommendations.boughtTogether.map((p) => p.handle)).toEqual(["chemex-filters"]);
    expect(recommendations.similar.map((p) => p.handle)).toEqual([
      "chemex-6-cup",
      "aeropress",
      "kalita-wave",
      "digital-brew-scale",
    ]);
  });

  it("leaves bought-together empty, not the page broken, when the backend refuses it", async () => {
    const { BackendRequestError } = await import("@hybrid/storefront-kit");
    const { client, release } = gatedClient(new BackendRequestError("nope", 400));
    const loading = loadRecommendations(client, product, context, { relatedHandles: [], recentHandles: [] });
    await release();
    await release();
    const recommendations = await loading;
    expect(recommendations.boughtTogether).toEqual([]);
    expect(recommendations.similar.map((p) => p.handle)).toEqual([
      "chemex-6-cup",
      "chemex-filters",
      "aeropress",
      "kalita-wave",
    ]);
  });

  it("recently viewed shows what the channel still sells, most recent first, the current product excluded", async () => {
    const { client, lists, release } = gatedClient([]);
    const loading = recentlyViewed(client, ["a", "gone", "current", "b"], context, ["current"]);
    await release();
    expect((await loading).map((p) => p.handle)).toEqual(["a", "b"]);
    expect(lists[0]).toMatchObject({ handles: ["a", "gone", "b"], fields: CARD_FIELDS });
  });
});
