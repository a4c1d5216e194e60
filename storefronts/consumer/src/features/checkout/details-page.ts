/**
 * Checkout step 1's POST (`/checkout`): validate email and address completely, then one cart
 * update writes email, shipping and billing address; on to delivery. Otherwise 422 with the
 * errors beside their fields, or the backend's refusal above the form, and the values kept.
 */
import { isBackendRequestError, type StorefrontClient } from "@hybrid/storefront-kit";
import { stepPath } from "./steps";
import {
  cartUpdateFromDetails,
  detailsFromCart,
  parseDetails,
  type DetailsErrors,
  type DetailsValues,
} from "./details";

export type DetailsPost =
  | { kind: "done"; location: string }
  | { kind: "failed"; status: 422; errors: DetailsErrors; values: DetailsValues; formError: string | null };

/** `countries`: the codes of the shopper's region; `fallbackCountry` prefills the country. */
export async function handleDetailsPost(
  client: Pick<StorefrontClient, "carts">,
  cartId: string,
  form: FormData,
  { countries, fallbackCountry }: { countries: readonly string[]; fallbackCountry: string },
): Promise<DetailsPost> {
  const parsed = parseDetails(form, countries);
  if (!parsed.ok) return { kind: "failed", status: 422, errors: parsed.errors, values: parsed.values, formError: null };
  try {
    await client.carts.update(cartId, cartUpdateFromDetails(parsed.data));
    return { kind: "done", location: stepPath("shipping") };
  } catch (error) {
    if (!isBackendRequestError(error)) throw error;
    const values = detailsFromCart({ email: parsed.data.email, shipping_address: parsed.data }, fallbackCountry);
    return { kind: "failed", status: 422, errors: {}, values, formError: error.message };
  }
}
