import { describe, expect, it } from "vitest";
import type { PriceTier } from "../pricing/tiers";
import { describeLinePricing } from "./line-pricing";

const tier = (min: number, max: number | null, amount: number): PriceTier => ({
  min_quantity: min,
  max_quantity: max,
  amount,
  currency_code: "eur",
  price_list_id: "plist_trade",
});
const tiers = [tier(1, 9, 31.9), tier(10, 49, 29.7), tier(50, null, 27.2)];

describe("describeLinePricing", () => {
  it("recognises the 10+ tier price Medusa charged for 10 units", () => {
    const pricing = describeLinePricing({ quantity: 10, unit_price: 29.7 }, tiers);
    expect(pricing.tierLabel).toBe("10–49");
    expect(pricing.tierApplied).toBe(true);
    expect(pricing.nextTier).toEqual({ tier: tiers[2], unitsToGo: 40 });
  });

  it("says when the charged price is not the tier's (e.g. the cart was priced before the change)", () => {
    const pricing = describeLinePricing({ quantity: 10, unit_price: 31.9 }, tiers);
    expect(pricing.tierLabel).toBe("10–49");
    expect(pricing.tierApplied).toBe(false);
  });

  it("tells how many more units reach the next tier", () => {
    expect(describeLinePricing({ quantity: 4, unit_price: 31.9 }, tiers).nextTier?.unitsToGo).toBe(6);
    expect(describeLinePricing({ quantity: 50, unit_price: 27.2 }, tiers).nextTier).toBeUndefined();
  });

  it("has no tier label for a variant with a single price", () => {
    const pricing = describeLinePricing({ quantity: 3, unit_price: 9.8 }, [tier(1, null, 9.8)]);
    expect(pricing.tierLabel).toBeUndefined();
    expect(pricing.tierApplied).toBe(true);
    expect(describeLinePricing({ quantity: 3, unit_price: 9.8 }, undefined).tier).toBeUndefined();
  });

  it("compares prices to the cent, not to the float", () => {
    expect(describeLinePricing({ quantity: 12, unit_price: 29.700000000000003 }, tiers).tierApplied).toBe(true);
  });
});
