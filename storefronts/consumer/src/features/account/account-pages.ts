/**
 * The POST logic of the account pages as typed functions (each page's .astro keeps only markup):
 * what is sent to the backend, and what the re-rendered page shows when something is refused.
 * The backend scopes every call to the token's customer: an id of another customer answers 404.
 */
import { isBackendRequestError, isNotFound, type StorefrontClient } from "@hybrid/storefront-kit";
import { formField } from "@hybrid/storefront-kit/sign-in-form.ts";
import { parseAddressForm, type AddressErrors, type AddressValues } from "./address-form";
import { parseProfileForm, type ProfileField, type ProfileValues } from "./profile-form";
import { reorderLines } from "./orders";

type Account = StorefrontClient["account"];

export type ProfilePost =
  | { kind: "saved" }
  | { kind: "verification-sent" }
  | {
      kind: "failed";
      status: number;
      errors: Partial<Record<ProfileField, string>>;
      values?: ProfileValues;
      formError: string | null;
    };

/** `intent=resend-verification` emails a new link; otherwise the profile form is saved. */
export async function handleProfilePost(
  account: Pick<Account, "updateProfile" | "requestVerification">,
  token: string,
  form: FormData,
): Promise<ProfilePost> {
  if (formField(form, "intent") === "resend-verification") {
    await account.requestVerification(token);
    return { kind: "verification-sent" };
  }
  const parsed = parseProfileForm(form);
  if (!parsed.ok) return { kind: "failed", status: 400, errors: parsed.errors, values: parsed.values, formError: null };
  try {
    await account.updateProfile(token, parsed.data);
    return { kind: "saved" };
  } catch (error) {
    if (!isBackendRequestError(error)) throw error;
    return { kind: "failed", status: 400, errors: {}, formError: error.message };
  }
}

export type AddressPost =
  | { kind: "done"; location: string }
  | { kind: "failed"; status: number; errors: AddressErrors; values: AddressValues | null; formError: string | null };

/**
 * The address book's POSTs: `intent=delete` removes the address, `intent=default-shipping` /
 * `default-billing` makes it the default, anything else saves the form (a new address without
 * `addressId`). Another customer's address id → 404 from the backend, shown as the 404 page.
 */
export async function handleAddressPost(
  account: Pick<Account, "addAddress" | "updateAddress" | "deleteAddress">,
  token: string,
  form: FormData,
  options: { countries: readonly string[]; addressId?: string },
): Promise<AddressPost> {
  const intent = formField(form, "intent");
  const { addressId } = options;
  try {
    if (addressId && intent === "delete") {
      await account.deleteAddress(token, addressId);
      return { kind: "done", location: "/account/addresses?deleted" };
    }
    if (addressId && (intent === "default-shipping" || intent === "default-billing")) {
      await account.updateAddress(
        token,
        addressId,
        intent === "default-shipping" ? { is_default_shipping: true } : { is_default_billing: true },
      );
      return { kind: "done", location: "/account/addresses?saved" };
    }
    const parsed = parseAddressForm(form, options.countries);
    if (!parsed.ok)
      return { kind: "failed", status: 400, errors: parsed.errors, values: parsed.values, formError: null };
    if (addressId) await account.updateAddress(token, addressId, parsed.data);
    else await account.addAddress(token, parsed.data);
    return { kind: "done", location: "/account/addresses?saved" };
  } catch (error) {
    if (isNotFound(error) || !isBackendRequestError(error)) throw error;
    return { kind: "failed", status: 400, errors: {}, values: null, formError: error.message };
  }
}

/**
 * Reorder: the past order's lines (variant, quantity) go into the customer's cart at today's
 * prices. Lines no longer sold are reported, the rest are added.
 */
export async function reorder(
  client: Pick<StorefrontClient, "carts"> & { account: Pick<Account, "order"> },
  token: string,
  orderId: string,
  cartId: string,
): Promise<{ added: number; failed: string[] }> {
  const order = await client.account.order(token, orderId);
  let added = 0;
  const failed: string[] = [];
  for (const line of reorderLines(order)) {
    try {
      // The caller redirects to the cart page, which reads the cart: each add answers with the id only.
      await client.carts.addItem(
        cartId,
        { variantId: line.variantId, quantity: line.quantity },
        { token, fields: "id" },
      );
      added += 1;
    } catch (error) {
      if (!isBackendRequestError(error) && !isNotFound(error)) throw error;
      const item = order.items?.find((i) => i.variant_id === line.variantId);
      failed.push(item?.product_title ?? item?.title ?? line.variantId);
    }
  }
  return { added, failed };
}

export type DeletePost = { kind: "deleted" } | { kind: "failed"; status: number; error: string };

export async function handleDeletePost(
  account: Pick<Account, "deleteAccount">,
  token: string,
  form: FormData,
): Promise<DeletePost> {
  const password = formField(form, "password") ?? "";
  if (!password) return { kind: "failed", status: 400, error: "Enter your password to confirm." };
  if (formField(form, "confirm") !== "yes") {
    return { kind: "failed", status: 400, error: "Tick the box to confirm that you want to delete your account." };
  }
  try {
    await account.deleteAccount(token, password);
    return { kind: "deleted" };
  } catch (error) {
    if (!isBackendRequestError(error)) throw error;
    const message = /password/i.test(error.message) ? "That is not your password." : error.message;
    return { kind: "failed", status: error.status === 429 ? 429 : error.status === 409 ? 409 : 400, error: message };
  }
}
