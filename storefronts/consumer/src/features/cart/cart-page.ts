/**
 * The cart page's POST (`/cart`): change a line's quantity (0 removes it) or remove it, then back
 * to the cart (303, so a reload never re-submits); or the message to show beside the line (422).
 */
import { isBackendRequestError, isNotFound, type StorefrontClient } from "@hybrid/storefront-kit";
import type { HttpTypes } from "@medusajs/types";
import { parseCartForm } from "./cart-form";

export type LineError = { lineId: string | null; message: string };

export type CartPost = { kind: "done"; location: string } | { kind: "failed"; status: 422; lineError: LineError };

export async function handleCartPost(
  client: Pick<StorefrontClient, "carts">,
  cart: HttpTypes.StoreCart | null,
  form: FormData,
): Promise<CartPost> {
  const failed = (lineError: LineError): CartPost => ({ kind: "failed", status: 422, lineError });
  const parsed = parseCartForm(form, new Set((cart?.items ?? []).map((i) => i.id)));
  if (!parsed.ok) return failed({ lineId: parsed.lineId, message: parsed.message });
  if (!cart) return failed({ lineId: null, message: "Your cart is empty." });
  const { action } = parsed;
  try {
    // Back to the cart page, which reads the cart: the change answers with the id only.
    if (action.type === "remove") await client.carts.removeItem(cart.id, action.lineId, { fields: "id" });
    else await client.carts.updateItem(cart.id, action.lineId, action.quantity, { fields: "id" });
    return { kind: "done", location: "/cart" };
  } catch (error) {
    if (isNotFound(error)) return failed({ lineId: null, message: "That item is no longer in your cart." });
    if (!isBackendRequestError(error)) throw error;
    return failed({
      lineId: action.lineId,
      message: /inventory/i.test(error.message) ? "Sorry, we don't have that many in stock." : error.message,
    });
  }
}
