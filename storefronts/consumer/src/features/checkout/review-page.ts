/**
 * Checkout step 4's POSTs (`/checkout/review`): "Place order" completes the cart, forgets it, lets
 * this browser see the order and shows the confirmation; if the backend refuses (stock, payment),
 * nothing is ordered and the reason comes back (422). When prices changed since the lines were
 * added (409), the changed lines come back for "Update prices" (`intent=refresh-prices`), which
 * re-prices the cart, starts the payment session again with the same provider and returns to the
 * review step. When the site has terms, the shopper's tick (`accept_terms`, the version shown)
 * is recorded on the cart first; without it nothing is sent and the field is named (400). The
 * backend checks the acceptance again when the order is placed.
 */
import {
  isBackendRequestError,
  priceChangesOf,
  type PriceChange,
  type SiteTerms,
  type StorefrontClient,
} from "@hybrid/storefront-kit";
import type { HttpTypes } from "@medusajs/types";

export type PlaceOrderPost =
  | { kind: "done"; location: string }
  | { kind: "failed"; status: 422; error: string }
  | { kind: "terms-needed"; status: 400; error: string }
  | { kind: "prices-changed"; status: 409; error: string; changes: PriceChange[] };

/**
 * `placed` runs once the order exists: it drops the cart cookie and records the order in this
 * browser's order-access cookie (only that browser may open the confirmation).
 */
export async function handlePlaceOrderPost(
  client: Pick<StorefrontClient, "checkout">,
  cartId: string,
  placed: (orderId: string) => void,
  acceptance: { terms: SiteTerms | null; accepted: string | null } = { terms: null, accepted: null },
): Promise<PlaceOrderPost> {
  const { terms, accepted } = acceptance;
  if (terms && accepted !== terms.version) {
    return { kind: "terms-needed", status: 400, error: `Please accept the ${terms.title} to place your order.` };
  }
  try {
    if (terms) await client.checkout.acceptTerms(cartId, terms.version);
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
    // Terms changed between the page and the click: show the new version to accept.
    if (/^(version|terms_version):/.test(error.message)) {
      return { kind: "terms-needed", status: 400, error: "Our terms have just changed: please read and accept them." };
    }
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
