/** Validation of the add-to-cart form (product page). */
import { purchasableQuantity, stockState } from "@hybrid/storefront-kit";
import { z } from "astro/zod";
import type { VariantLike } from "./variants";

export const MAX_LINE_QUANTITY = 99;

const addToCartSchema = z.object({
  variant_id: z.string({ error: "Choose a size" }).trim().min(1, { error: "Choose a size" }),
  quantity: z.coerce
    .number({ error: "Enter a quantity" })
    .int({ error: "Enter a whole number" })
    .min(1, { error: "Enter a quantity of at least 1" })
    .max(MAX_LINE_QUANTITY, { error: `You can add up to ${MAX_LINE_QUANTITY} at a time` }),
});

export type AddToCartResult =
  | { ok: true; variantId: string; quantity: number }
  | { ok: false; errors: Partial<Record<"variant_id" | "quantity", string>> };

/** Checks the form against the product: the variant must be one of its variants and in stock. */
export function parseAddToCart(form: FormData, variants: readonly VariantLike[]): AddToCartResult {
  const parsed = addToCartSchema.safeParse({
    variant_id: form.get("variant_id") ?? undefined,
    quantity: form.get("quantity") ?? "1",
  });
  if (!parsed.success) {
    const errors: Partial<Record<"variant_id" | "quantity", string>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as "variant_id" | "quantity";
      errors[field] ??= issue.message;
    }
    return { ok: false, errors };
  }
  const variant = variants.find((v) => v.id === parsed.data.variant_id);
  if (!variant) return { ok: false, errors: { variant_id: "Choose one of the sizes shown" } };
  if (stockState(variant) === "out_of_stock")
    return { ok: false, errors: { variant_id: "Sorry, this size is out of stock" } };
  const max = purchasableQuantity(variant);
  if (max !== null && parsed.data.quantity > max) {
    return { ok: false, errors: { quantity: `Only ${max} left in stock` } };
  }
  return { ok: true, variantId: variant.id, quantity: parsed.data.quantity };
}
