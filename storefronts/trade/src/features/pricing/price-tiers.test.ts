import { BackendUnavailableError, NotFoundError } from "@hybrid/storefront-kit";
import { describe, expect, it, vi } from "vitest";
import { fetchPriceTiers } from "./price-tiers";

const tier = { min_quantity: 1, max_quantity: null, amount: 9.8, currency_code: "eur", price_list_id: null };

describe("fetchPriceTiers", () => {
  it("asks for every variant once, with the region and the buyer's token", async () => {
    const request = vi.fn(async () => ({ tiers: { v1: [tier] } }));
    const tiers = await fetchPriceTiers({ request } as never, { regionId: "reg_eu", variantIds: ["v1", "v1", "v2"], token: "a.b.c" });
    expect(tiers).toEqual({ v1: [tier] });
    expect(request).toHaveBeenCalledWith("/store/price-tiers", {
      query: { region_id: "reg_eu", variant_id: ["v1", "v2"] },
      token: "a.b.c",
    });
  });

  it("splits more than 100 variants into several requests", async () => {
    const request = vi.fn(async () => ({ tiers: {} }));
    const ids = Array.from({ length: 230 }, (_, i) => `v${i}`);
    await fetchPriceTiers({ request } as never, { regionId: "reg_eu", variantIds: ids, token: "a.b.c" });
    expect(request).toHaveBeenCalledTimes(3);
  });

  it("reads a variant no longer in the channel as 'no tiers'", async () => {
    const request = vi.fn(async () => {
      throw new NotFoundError("variant_id: v9 not found in this sales channel");
    });
    await expect(fetchPriceTiers({ request } as never, { regionId: "r", variantIds: ["v9"], token: "t" })).resolves.toEqual({});
  });

  it("lets 'backend unavailable' through for the 503 page", async () => {
    const request = vi.fn(async () => {
      throw new BackendUnavailableError();
    });
    await expect(fetchPriceTiers({ request } as never, { regionId: "r", variantIds: ["v1"], token: "t" })).rejects.toBeInstanceOf(
      BackendUnavailableError,
    );
  });
});
