import { roundMoney } from "@hybrid/storefront-kit";
import { sortTiers, tierForQuantity, tierRangeLabel, type PriceTier } from "../pricing/tiers";

export interface LinePricing {
  /** Net unit price Medusa charges for the line. */
  unitNet: number;
  /** The tier the line's quantity falls in, if the variant has tiers. */
  tier: PriceTier | undefined;
  /** e.g. "10–49"; undefined without tiers. */
  tierLabel: string | undefined;
  /** True when the charged unit price is the tier's price: the tier was applied. */
  tierApplied: boolean;
  /** The next tier up and how many more units reach it, to nudge the buyer ("6 more for €29.70"). */
  nextTier: { tier: PriceTier; unitsToGo: number } | undefined;
}

/**
 * Explains a cart line's unit price with the buyer's tiers for its variant. The price itself is
 * Medusa's (it applies the price list's quantity rules); this only says which tier that is.
 */
export function describeLinePricing(
  line: { quantity: number; unit_price: number },
  tiers: ReadonlyArray<PriceTier> | undefined,
): LinePricing {
  const sorted = sortTiers(tiers ?? []);
  const tier = tierForQuantity(sorted, line.quantity);
  const next = sorted.find((t) => t.min_quantity > line.quantity);
  return {
    unitNet: line.unit_price,
    tier,
    tierLabel: tier && sorted.length > 1 ? tierRangeLabel(tier) : undefined,
    tierApplied: tier !== undefined && roundMoney(tier.amount) === roundMoney(line.unit_price),
    nextTier: next ? { tier: next, unitsToGo: next.min_quantity - line.quantity } : undefined,
  };
}
