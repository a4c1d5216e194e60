/** Checkout step 2's POST (`/checkout/shipping`): the chosen delivery option on the cart, then payment. */
import { isBackendRequestError, type StorefrontClient } from "@hybrid/storefront-kit";
import { parseShippingChoice, type ShippingOptionLike } from "./shipping";
import { stepPath } from "./steps";

export type ShippingPost = { kind: "done"; location: string } | { kind: "failed"; status: 422; error: string };

/** `options`: the delivery options offered for this cart; only these may be chosen. */
export async function handleShippingPost(
  client: Pick<StorefrontClient, "checkout">,
  cartId: string,
  form: FormData,
  options: readonly ShippingOptionLike[],
): Promise<ShippingPost> {
  const parsed = parseShippingChoice(form, options);
  if (!parsed.ok) return { kind: "failed", status: 422, error: parsed.message };
  try {
    await client.checkout.setShippingMethod(cartId, parsed.optionId);
    return { kind: "done", location: stepPath("payment") };
  } catch (error) {
    if (!isBackendRequestError(error)) throw error;
    return { kind: "failed", status: 422, error: error.message };
  }
}
