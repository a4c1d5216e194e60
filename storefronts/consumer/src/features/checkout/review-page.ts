/**
 * Checkout step 4's POST (`/checkout/review`, "Place order"): complete the cart, forget it, let
 * this browser see the order and show the confirmation; if the backend refuses (stock, payment), nothing is ordered and the
 * reason comes back (422).
 */
import { isBackendRequestError, type StorefrontClient } from "@hybrid/storefront-kit";

export type PlaceOrderPost = { kind: "done"; location: string } | { kind: "failed"; status: 422; error: string };

/**
 * `placed` runs once the order exists: it drops the cart cookie and records the order in this
 * browser's order-access cookie (only that browser may open the confirmation).
 */
export async function handlePlaceOrderPost(
  client: Pick<StorefrontClient, "checkout">,
  cartId: string,
  placed: (orderId: string) => void,
): Promise<PlaceOrderPost> {
  try {
    const result = await client.checkout.complete(cartId);
    if (result.type === "order") {
      placed(result.order.id);
      return { kind: "done", location: `/order/confirmed/${encodeURIComponent(result.order.id)}` };
    }
    return { kind: "failed", status: 422, error: result.error?.message ?? "Your order could not be placed." };
  } catch (error) {
    if (!isBackendRequestError(error)) throw error;
    const message = /inventory/i.test(error.message)
      ? "Sorry, some items are no longer in stock in that quantity. Please update your cart."
      : error.message;
    return { kind: "failed", status: 422, error: message };
  }
}
