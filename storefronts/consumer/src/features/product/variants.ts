/**
 * Variant choice on the product page. The choice travels in the URL (`?variant=<id>`) so the
 * picker is plain links and works without JavaScript.
 */
import { displayPrice, stockState, type CalculatedPriceLike, type StockLike } from "@hybrid/storefront-kit";

export interface VariantLike extends StockLike {
  id: string;
  title?: string | null;
  variant_rank?: number | null;
  calculated_price?: CalculatedPriceLike | null;
}

/** Cheapest first (250 g before 1 kg), then by rank; a stable order for the picker. */
export function orderVariants<T extends VariantLike>(variants: readonly T[] | null | undefined): T[] {
  return [...(variants ?? [])].sort((a, b) => {
    const pa = displayPrice(a.calculated_price, "gross")?.amount ?? Number.POSITIVE_INFINITY;
    const pb = displayPrice(b.calculated_price, "gross")?.amount ?? Number.POSITIVE_INFINITY;
    return pa - pb || (a.variant_rank ?? 0) - (b.variant_rank ?? 0);
  });
}

/**
 * The variant named in the URL if it belongs to the product; otherwise the first one in stock,
 * otherwise the first. `unknownRequested` tells the page the URL named a variant we do not have.
 */
export function chooseVariant<T extends VariantLike>(
  variants: readonly T[],
  requestedId: string | null,
): { variant: T | undefined; unknownRequested: boolean } {
  const requested = requestedId ? variants.find((v) => v.id === requestedId) : undefined;
  if (requested) return { variant: requested, unknownRequested: false };
  const available = variants.find((v) => stockState(v) !== "out_of_stock");
  return { variant: available ?? variants[0], unknownRequested: Boolean(requestedId) };
}

/** Link to the product page with this variant chosen. */
export function variantHref(productHandle: string, variantId: string): string {
  return `/products/${encodeURIComponent(productHandle)}?variant=${encodeURIComponent(variantId)}`;
}
