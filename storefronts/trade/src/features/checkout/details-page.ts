/**
 * Checkout step 1's POSTs (`/checkout`): add a company address (administrators), or save the
 * delivery address, PO number and payment onto the cart, pick a delivery option and go to review.
 * A failure carries the errors for the form it came from; `values: null` keeps what the page shows.
 */
import { isBackendRequestError, isNotFound, type StorefrontClient } from "@hybrid/storefront-kit";
import { parseAddressForm, postedAddressValues } from "../addresses/address-form";
import { addressWriteError, createAddress } from "../addresses/addresses";
import { backendFieldError, textField, type FieldErrors } from "../company/forms";
import { ensureShippingMethod, saveTradeDetails } from "./checkout";
import { parseCheckoutDetails, type CheckoutDetailsField, type CheckoutOffer } from "./checkout-form";
import { paymentKey } from "./payment-options";

type Client = Pick<StorefrontClient, "request" | "carts" | "checkout">;

export interface CheckoutDetailsContext extends CheckoutOffer {
  cartId: string;
  /** Only administrators add addresses to the company's book. */
  isAdmin: boolean;
  /** Country codes the shop delivers to. */
  countries: readonly string[];
}

export type CheckoutDetailsPost =
  | { kind: "done"; location: string }
  | {
      kind: "failed";
      status: number;
      errors: FieldErrors<CheckoutDetailsField | "general">;
      values: Record<string, string> | null;
      addressErrors: FieldErrors;
      addressValues: Record<string, string> | null;
    };

const failed = (
  status: number,
  parts: Partial<Omit<Extract<CheckoutDetailsPost, { kind: "failed" }>, "kind" | "status">>,
): CheckoutDetailsPost => ({
  kind: "failed",
  status,
  errors: {},
  values: null,
  addressErrors: {},
  addressValues: null,
  ...parts,
});

export async function handleCheckoutDetailsPost(
  client: Client,
  token: string,
  form: FormData,
  context: CheckoutDetailsContext,
): Promise<CheckoutDetailsPost> {
  return textField(form, "intent") === "add-address"
    ? addAddress(client, token, form, context)
    : saveDetails(client, token, form, context);
}

async function addAddress(
  client: Client,
  token: string,
  form: FormData,
  context: CheckoutDetailsContext,
): Promise<CheckoutDetailsPost> {
  if (!context.isAdmin)
    return failed(403, { errors: { general: "Only your company's administrators can add addresses." } });
  const parsed = parseAddressForm(form, context.countries);
  if (!parsed.ok) return failed(400, { addressErrors: parsed.errors, addressValues: postedAddressValues(form) });
  try {
    const created = await createAddress(client, token, parsed.data);
    return { kind: "done", location: `/checkout?address=${encodeURIComponent(created.id)}` };
  } catch (error) {
    const refusal = addressWriteError(error);
    return failed(refusal.status, { addressErrors: refusal.errors, addressValues: postedAddressValues(form) });
  }
}

async function saveDetails(
  client: Client,
  token: string,
  form: FormData,
  context: CheckoutDetailsContext,
): Promise<CheckoutDetailsPost> {
  const parsed = parseCheckoutDetails(form, context);
  if (!parsed.ok) return failed(400, { errors: parsed.errors, values: parsed.values });
  const { addressId, poNumber, payment } = parsed.data;
  try {
    await saveTradeDetails(client, token, context.cartId, { company_address_id: addressId, po_number: poNumber });
    const cart = await client.carts.get(context.cartId, { token });
    await ensureShippingMethod(client, token, cart);
    return { kind: "done", location: `/checkout/review?payment=${encodeURIComponent(paymentKey(payment.providerId))}` };
  } catch (error) {
    // 404: the address left the address book meanwhile, or the cart is gone (completed elsewhere).
    if (isNotFound(error) && !/address/i.test(error.message)) return { kind: "done", location: "/cart" };
    if (!isNotFound(error) && !isBackendRequestError(error)) throw error;
    const status = isBackendRequestError(error) ? (error.status === 403 ? 403 : 400) : 404;
    const placed = backendFieldError(error.message, ["po_number", "company_address_id"] as const, {
      country: "company_address_id",
      address: "company_address_id",
      region: "company_address_id",
    });
    return failed(status, {
      errors: { [placed.field]: placed.message },
      values: { company_address_id: addressId, po_number: poNumber ?? "", payment: paymentKey(payment.providerId) },
    });
  }
}
