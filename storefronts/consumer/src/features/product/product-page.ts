/**
 * The product page's POST (`/products/[handle]`): add the chosen variant to the cart (created
 * first when there is none), then the cart; otherwise 422 with the errors beside the picker and
 * the quantity, and what was submitted kept.
 */
import { isBackendRequestError, type StorefrontClient } from "@hybrid/storefront-kit";
import type { HttpTypes } from "@medusajs/types";
import { parseAddToCart } from "./add-to-cart";
import type { VariantLike } from "./variants";

export type AddToCartPost =
  | { kind: "done"; location: string }
  | {
      kind: "failed";
      status: 422;
      formErrors: Partial<Record<"variant_id" | "quantity", string>>;
      /** The backend's refusal, for the form as a whole. */
      formError: string | null;
      submittedQuantity: string;
      submittedVariant: string | null;
    };

/** `openCart` returns the shopper's cart, creating it when there is none. */
export async function handleAddToCartPost(
  client: Pick<StorefrontClient, "carts">,
  form: FormData,
  variants: readonly VariantLike[],
  openCart: () => Promise<Pick<HttpTypes.StoreCart, "id">>,
): Promise<AddToCartPost> {
  const submitted = {
    submittedQuantity: String(form.get("quantity") ?? "1"),
    submittedVariant: typeof form.get("variant_id") === "string" ? String(form.get("variant_id")) : null,
  };
  const parsed = parseAddToCart(form, variants);
  if (!parsed.ok) return { kind: "failed", status: 422, formErrors: parsed.errors, formError: null, ...submitted };
  try {
    const cart = await openCart();
    // The cart page it redirects to reads the cart: the add answers with the id only.
    await client.carts.addItem(cart.id, { variantId: parsed.variantId, quantity: parsed.quantity }, { fields: "id" });
    return { kind: "done", location: "/cart?added=1" };
  } catch (error) {
    if (!isBackendRequestError(error)) throw error;
    const formError = /inventory/i.test(error.message)
      ? "Sorry, we don't have that many in stock. Try a smaller quantity."
      : `We couldn't add this to your cart: ${error.message}`;
    return { kind: "failed", status: 422, formErrors: {}, formError, ...submitted };
  }
}
