import { parseQuantity } from "../pricing/tiers";

export type AddToCartInput =
  | { ok: true; variantId: string; quantity: number }
  | { ok: false; errors: { variant?: string; quantity?: string }; variantId?: string; rawQuantity: string };

/**
 * Reads the add-to-cart form: the variant must be one of this product's orderable variants, the
 * quantity a whole number in range. Nothing else reaches the backend.
 */
export function parseAddToCart(form: FormData, orderableVariantIds: ReadonlySet<string>): AddToCartInput {
  const rawVariant = form.get("variant_id");
  const rawQuantity = form.get("quantity");
  const variantId = typeof rawVariant === "string" && orderableVariantIds.has(rawVariant) ? rawVariant : undefined;
  const quantity = parseQuantity(rawQuantity);
  if (variantId && quantity !== null) return { ok: true, variantId, quantity };
  return {
    ok: false,
    variantId,
    rawQuantity: typeof rawQuantity === "string" ? rawQuantity.slice(0, 12) : "",
    errors: {
      ...(variantId ? {} : { variant: "Choose a size that is available." }),
      ...(quantity !== null ? {} : { quantity: "Enter a whole number from 1 to 9999." }),
    },
  };
}
