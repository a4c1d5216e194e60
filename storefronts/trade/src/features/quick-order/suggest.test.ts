import { BackendRequestError, BackendUnavailableError, NotFoundError } from "@hybrid/storefront-kit";
import { describe, expect, it, vi } from "vitest";
import { suggestionQuery, suggestVariants } from "./suggest";

describe("suggestionQuery", () => {
  it("asks only for 2 to 64 characters", () => {
    expect(suggestionQuery(" hu ")).toBe("hu");
    expect(suggestionQuery("h")).toBeNull();
    expect(suggestionQuery(null)).toBeNull();
    expect(suggestionQuery("x".repeat(65))).toBeNull();
  });
});

describe("suggestVariants", () => {
  it("asks the backend with the region and the buyer's token and labels each SKU", async () => {
    const request = vi.fn(async () => ({
      variants: [
        {
          id: "v1",
          sku: "COLOMBIA-HUILA-1KG",
          title: "1 kg",
          product_title: "Colombia Huila",
          product_handle: "colombia-huila",
          thumbnail: null,
          quantity_rule: { min_quantity: 12, increment: 6, max_quantity: null },
        },
        {
          id: "v2",
          sku: null,
          title: "Sample",
          product_title: "Colombia Huila",
          product_handle: "colombia-huila",
          thumbnail: null,
          quantity_rule: null,
        },
      ],
    }));
    const suggestions = await suggestVariants({ request } as never, { q: "huila", regionId: "reg_eu", token: "a.b.c" });
    expect(request).toHaveBeenCalledWith("/store/trade-pricing/variants", {
      query: { q: "huila", region_id: "reg_eu", limit: 10 },
      token: "a.b.c",
    });
    expect(suggestions).toEqual([
      { sku: "COLOMBIA-HUILA-1KG", label: "Colombia Huila · 1 kg", rule: "Cases of 6 · min 12" },
    ]);
  });

  it("suggests nothing when the backend refuses the query or lacks the route", async () => {
    for (const error of [new BackendRequestError("q: at least 2 characters", 400), new NotFoundError()]) {
      const request = vi.fn(async () => {
        throw error;
      });
      await expect(suggestVariants({ request } as never, { q: "hu", regionId: "r", token: "t" })).resolves.toEqual([]);
    }
  });

  it("lets 'backend unavailable' through", async () => {
    const request = vi.fn(async () => {
      throw new BackendUnavailableError();
    });
    await expect(suggestVariants({ request } as never, { q: "hu", regionId: "r", token: "t" })).rejects.toBeInstanceOf(
      BackendUnavailableError,
    );
  });
});
