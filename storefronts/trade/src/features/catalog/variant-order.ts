import { displayPrice, type CalculatedPriceLike } from "@hybrid/storefront-kit";

/**
 * Variants cheapest first (250 g before 1 kg before 5 kg), unpriced last, then by Medusa's rank:
 * the backend does not promise an order, and sizes should read the same way on every page.
 */
export function orderVariantsByNetPrice<
  T extends { calculated_price?: CalculatedPriceLike | null; variant_rank?: number | null },
>(variants: readonly T[] | null | undefined): T[] {
  const net = (v: T) => displayPrice(v.calculated_price, "net")?.amount ?? Number.POSITIVE_INFINITY;
  return [...(variants ?? [])].sort((a, b) => net(a) - net(b) || (a.variant_rank ?? 0) - (b.variant_rank ?? 0));
}
