/**
 * Checkout step 2's POST (`/checkout/review`, "Place order"): set the chosen delivery option,
 * start the payment session and complete the cart; the order page on success (the cart cookie is
 * forgotten), else the backend's refusal explained (spending or credit limit, PO number, stock).
 */
import {
  isBackendRequestError,
  priceChangesOf,
  type PriceChange,
  type SiteCookie,
  type StorefrontClient,
} from "@hybrid/storefront-kit";
import type { HttpTypes } from "@medusajs/types";
import { textField } from "../company/forms";
import { placeOrder } from "./checkout";
import { describeCompletionError, type CompletionError } from "./completion-errors";
import type { PaymentOption } from "./payment-options";

type Client = Pick<StorefrontClient, "request" | "carts" | "checkout">;

export interface ReviewContext<O extends { id: string }> {
  cart: HttpTypes.StoreCart;
  /** The delivery options the page offers; only these may be chosen. */
  options: readonly O[];
  payment: PaymentOption;
  /** Forgotten once the order is placed, so the next order starts a new cart. */
  cartCookie: Pick<SiteCookie, "clear">;
}

export type ReviewPost<O> =
  | { kind: "done"; location: string }
  /**
   * `option`: the delivery option tried, to show selected again (absent when it was not offered).
   * `priceChanges`: the lines whose price changed (409 "prices changed"), for "Update prices".
   */
  | { kind: "failed"; status: number; failure: CompletionError; option?: O; priceChanges?: PriceChange[] };

export async function handlePlaceOrderPost<O extends { id: string }>(
  client: Client,
  token: string,
  form: FormData,
  context: ReviewContext<O>,
): Promise<ReviewPost<O>> {
  const optionId = textField(form, "option_id");
  const option = context.options.find((o) => o.id === optionId);
  if (!option) {
    return {
      kind: "failed",
      status: 400,
      failure: {
        problem: "other",
        title: "Choose a delivery option",
        message: "That delivery option is not available for this address; choose another.",
        hint: null,
      },
    };
  }
  try {
    const outcome = await placeOrder(client, token, context.cart, {
      optionId: option.id,
      providerId: context.payment.providerId,
    });
    if (outcome.ok) {
      context.cartCookie.clear();
      return { kind: "done", location: `/orders/${encodeURIComponent(outcome.orderId)}?placed=1` };
    }
    return { kind: "failed", status: 422, failure: describeCompletionError(outcome.message), option };
  } catch (error) {
    if (!isBackendRequestError(error)) throw error;
    const priceChanges = priceChangesOf(error);
    return {
      kind: "failed",
      status: error.status === 403 || error.status === 409 ? error.status : 422,
      failure: describeCompletionError(error.message),
      option,
      ...(priceChanges ? { priceChanges } : {}),
    };
  }
}

export type RefreshPricesPost =
  | { kind: "done"; location: string }
  | { kind: "failed"; status: number; failure: CompletionError };

/**
 * The review page's "Update prices" POST (`intent=refresh-prices`): re-prices the cart to what the
 * buyer gets now and returns to the review step (`returnTo`), where the new total shows and "Place
 * order" starts the payment session again. A refusal (409 while the cart awaits approval) is
 * explained like a completion refusal.
 */
export async function handleRefreshPricesPost(
  client: Pick<StorefrontClient, "checkout">,
  token: string,
  cartId: string,
  returnTo: string,
): Promise<RefreshPricesPost> {
  try {
    await client.checkout.refreshPrices(cartId, { token });
    return { kind: "done", location: returnTo };
  } catch (error) {
    if (!isBackendRequestError(error)) throw error;
    return {
      kind: "failed",
      status: error.status === 409 ? 409 : 422,
      failure: describeCompletionError(error.message),
    };
  }
}
