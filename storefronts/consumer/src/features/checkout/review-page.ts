/**
 * Checkout step 4's POSTs (`/checkout/review`): "Place order" completes the cart, forgets it, lets
 * this browser see the order and shows the confirmation; if the backend refuses (stock, payment),
 * nothing is ordered and the reason comes back (422). When prices changed since the lines were
 * added (409), the changed lines come back for "Update prices" (`intent=refresh-prices`), which
 * re-prices the cart, starts the payment session again with the same provider and returns to the
 * review step.
 */
import { isBackendRequestError, priceChangesOf, type PriceChange, type StorefrontClient } from "@hybrid/storefront-kit";
import type { HttpTypes } from "@medusajs/types";

export type PlaceOrderPost =
  | { kind: "done"; location: string }
  | { kind: "failed"; status: 422; error: string }
  | { kind: "prices-changed"; status: 409; error: string; changes: PriceChange[] };

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
    const changes = priceChangesOf(error);
    if (changes) return { kind: "prices-changed", status: 409, error: error.message, changes };
    const message = /inventory/i.test(error.message)
      ? "Sorry, some items are no longer in stock in that quantity. Please update your cart."
      : error.message;
    return { kind: "failed", status: 422, error: message };
  }
}

export type RefreshPricesPost = { kind: "done"; location: string } | { kind: "failed"; status: 422; error: string };

/**
 * "Update prices": re-prices the cart to today's prices and, since its total changed, starts the
 * payment session again with the provider the shopper chose; then back to `returnTo` (review).
 */
export async function handleRefreshPricesPost(
  client: Pick<StorefrontClient, "checkout">,
  cart: HttpTypes.StoreCart,
  returnTo: string,
): Promise<RefreshPricesPost> {
  const provider = cart.payment_collection?.payment_sessions?.[0]?.provider_id;
  try {
    const refreshed = await client.checkout.refreshPrices(cart.id);
    if (provider) await client.checkout.initiatePayment(refreshed, provider);
    return { kind: "done", location: returnTo };
  } catch (error) {
    if (!isBackendRequestError(error)) throw error;
    return { kind: "failed", status: 422, error: error.message };
  }
}
