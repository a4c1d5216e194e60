/** Checkout step 3's POST (`/checkout/payment`): start a payment session with the chosen provider, then review. */
import { isBackendRequestError, type StorefrontClient } from "@hybrid/storefront-kit";
import type { HttpTypes } from "@medusajs/types";
import { parsePaymentChoice } from "./payment";
import { stepPath } from "./steps";

export type PaymentPost = { kind: "done"; location: string } | { kind: "failed"; status: 422; error: string };

/** `providerIds`: the providers the region offers; only these may be chosen. */
export async function handlePaymentPost(
  client: Pick<StorefrontClient, "checkout">,
  cart: HttpTypes.StoreCart,
  form: FormData,
  providerIds: readonly string[],
): Promise<PaymentPost> {
  const parsed = parsePaymentChoice(form, providerIds);
  if (!parsed.ok) return { kind: "failed", status: 422, error: parsed.message };
  try {
    await client.checkout.initiatePayment(cart, parsed.providerId);
    return { kind: "done", location: stepPath("review") };
  } catch (error) {
    if (!isBackendRequestError(error)) throw error;
    return { kind: "failed", status: 422, error: error.message };
  }
}
