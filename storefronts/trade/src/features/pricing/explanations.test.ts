import { BackendUnavailableError, NotFoundError } from "@hybrid/storefront-kit";
import { describe, expect, it, vi } from "vitest";
import {
  fetchCartExplanations,
  fetchOrderableExplanations,
  fetchPriceExplanations,
  sourceLabel,
  type PriceExplanation,
} from "./explanations";

const explanation = (variant_id: string, quantity = 1): PriceExplanation => ({
  variant_id,
  sku: variant_id.toUpperCase(),
  currency_code: "eur",
  quantity,
  unit_price: 28.1,
  rrp: { net: 37.4, gross: 44.88 },
  saving: { amount: 9.3, percent: 25 },
  source: { type: "price_list", price_list_id: "plist_trade", title: "Trade prices", min_quantity: 1 },
  tiers: [],
  quantity_rule: null,
});

describe("fetchOrderableExplanations", () => {
  const RULES: Record<string, PriceExplanation["quantity_rule"]> = {
    filters: { min_quantity: 12, increment: 6, max_quantity: 60 },
    tablets: { min_quantity: 6, increment: 6, max_quantity: null },
    beans: null,
  };
  const request = () =>
    vi.fn(async (_path: string, init: { query: { variant_id: string[]; quantity: number } }) => ({
      prices: init.query.variant_id.map((id) => ({
        ...explanation(id, init.query.quantity),
        quantity_rule: RULES[id]!,
      })),
    }));

  it("prices what was entered as entered, and the rest at the least quantity the buyer can order", async () => {
    const fetch = request();
    const result = await fetchOrderableExplanations({ request: fetch } as never, {
      regionId: "reg_eu",
      token: "t",
      entered: new Map<string, number | null>([
        ["filters", null],
        ["tablets", 18],
        ["beans", null],
      ]),
    });
    expect({
      filters: result.filters!.quantity,
      tablets: result.tablets!.quantity,
      beans: result.beans!.quantity,
    }).toEqual({
      filters: 12,
      tablets: 18,
      beans: 1,
    });
    // Asked again only for the variant with nothing entered whose rule starts above 1.
    expect(fetch.mock.calls.map(([, init]) => [init.query.quantity, init.query.variant_id])).toEqual([
      [1, ["filters", "beans"]],
      [18, ["tablets"]],
      [12, ["filters"]],
    ]);
  });

  it("asks once when no variant has a minimum above 1", async () => {
    const fetch = request();
    await fetchOrderableExplanations({ request: fetch } as never, {
      regionId: "r",
      token: "t",
      entered: new Map<string, number | null>([["beans", null]]),
    });
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});

describe("fetchPriceExplanations", () => {
  it("asks once per distinct quantity, with the region and the buyer's token", async () => {
    const request = vi.fn(async (_path: string, init: { query: { variant_id: string[]; quantity: number } }) => ({
      prices: init.query.variant_id.map((id) => explanation(id, init.query.quantity)),
    }));
    const result = await fetchPriceExplanations({ request } as never, {
      regionId: "reg_eu",
      token: "a.b.c",
      quantities: new Map([
        ["v1", 1],
        ["v2", 10],
        ["v3", 1],
      ]),
    });
    expect(request).toHaveBeenCalledTimes(2);
    expect(request).toHaveBeenCalledWith("/store/trade-pricing/prices", {
      query: { region_id: "reg_eu", variant_id: ["v1", "v3"], quantity: 1 },
      token: "a.b.c",
    });
    expect(request).toHaveBeenCalledWith("/store/trade-pricing/prices", {
      query: { region_id: "reg_eu", variant_id: ["v2"], quantity: 10 },
      token: "a.b.c",
    });
    expect(Object.keys(result).sort()).toEqual(["v1", "v2", "v3"]);
    expect(result.v2!.quantity).toBe(10);
  });

  it("splits more than 100 variants into several requests", async () => {
    const request = vi.fn(async () => ({ prices: [] }));
    const quantities = new Map(Array.from({ length: 230 }, (_, i) => [`v${i}`, 1] as [string, number]));
    await fetchPriceExplanations({ request } as never, { regionId: "r", token: "t", quantities });
    expect(request).toHaveBeenCalledTimes(3);
  });

  it("reads a variant no longer in the channel (404) as nothing to explain", async () => {
    const request = vi.fn(async () => {
      throw new NotFoundError("variant_id: v9 not found");
    });
    await expect(
      fetchPriceExplanations({ request } as never, { regionId: "r", token: "t", quantities: new Map([["v9", 1]]) }),
    ).resolves.toEqual({});
  });

  it("lets 'backend unavailable' through for the 503 page", async () => {
    const request = vi.fn(async () => {
      throw new BackendUnavailableError();
    });
    await expect(
      fetchPriceExplanations({ request } as never, { regionId: "r", token: "t", quantities: new Map([["v1", 1]]) }),
    ).rejects.toBeInstanceOf(BackendUnavailableError);
  });
});

describe("fetchCartExplanations", () => {
  it("keys the lines by line item id", async () => {
    const request = vi.fn(async () => ({ lines: [{ line_item_id: "cali_1", variant_id: "v1" }] }));
    const lines = await fetchCartExplanations({ request } as never, "cart_1", "a.b.c");
    expect(request).toHaveBeenCalledWith("/store/carts/cart_1/price-explanations", { token: "a.b.c" });
    expect(lines.cali_1).toMatchObject({ variant_id: "v1" });
  });

  it("reads a cart the backend does not show this buyer (404) as nothing to explain", async () => {
    const request = vi.fn(async () => {
      throw new NotFoundError("cart");
    });
    await expect(fetchCartExplanations({ request } as never, "cart_x", "t")).resolves.toEqual({});
  });
});

describe("sourceLabel", () => {
  it("names the list, its tier, or the base price", () => {
    expect(sourceLabel({ type: "price_list", price_list_id: "p", title: "Trade prices", min_quantity: 10 })).toBe(
      "Trade prices, 10+",
    );
    expect(
      sourceLabel({ type: "price_list", price_list_id: "p", title: "Corner Café contract", min_quantity: 1 }),
    ).toBe("Corner Café contract");
    expect(
      sourceLabel({ type: "price_list", price_list_id: "p", title: "Corner Café contract", min_quantity: null }),
    ).toBe("Corner Café contract");
    expect(sourceLabel({ type: "base" })).toBe("Base price");
    expect(sourceLabel(undefined)).toBe("Base price");
  });
});
