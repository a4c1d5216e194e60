/**
 * The address book pages' POSTs (`/account/addresses` adds, `/account/addresses/[id]` edits or
 * deletes): parse, write through the backend, and either a redirect back to the book with a notice
 * or the errors to render next to their fields with what was typed. The pages check who may edit.
 */
import { isNotFound, type StorefrontClient } from "@hybrid/storefront-kit";
import { textField, type FieldErrors } from "../company/forms";
import { parseAddressForm, postedAddressValues } from "./address-form";
import { addressWriteError, createAddress, deleteAddress, updateAddress } from "./addresses";

type Client = Pick<StorefrontClient, "request">;

export type AddressPost =
  | { kind: "done"; location: string }
  /** The address left the book meanwhile: the page answers 404. */
  | { kind: "not-found" }
  | { kind: "failed"; status: number; errors: FieldErrors; values: Record<string, string> };

/** `POST /account/addresses`: a new address in the company's book. */
export async function handleAddAddressPost(
  client: Client,
  token: string,
  form: FormData,
  countries: readonly string[],
): Promise<Exclude<AddressPost, { kind: "not-found" }>> {
  const parsed = parseAddressForm(form, countries);
  if (!parsed.ok) return { kind: "failed", status: 400, errors: parsed.errors, values: postedAddressValues(form) };
  try {
    await createAddress(client, token, parsed.data);
    return { kind: "done", location: "/account/addresses?done=added" };
  } catch (error) {
    const refusal = addressWriteError(error);
    return { kind: "failed", status: refusal.status, errors: refusal.errors, values: postedAddressValues(form) };
  }
}

/** `POST /account/addresses/[id]`: save the edited address, or delete it (`intent=delete`). */
export async function handleEditAddressPost(
  client: Client,
  token: string,
  addressId: string,
  form: FormData,
  countries: readonly string[],
): Promise<AddressPost> {
  try {
    if (textField(form, "intent") === "delete") {
      await deleteAddress(client, token, addressId);
      return { kind: "done", location: "/account/addresses?done=deleted" };
    }
    const parsed = parseAddressForm(form, countries);
    if (!parsed.ok) return { kind: "failed", status: 400, errors: parsed.errors, values: postedAddressValues(form) };
    await updateAddress(client, token, addressId, parsed.data);
    return { kind: "done", location: "/account/addresses?done=updated" };
  } catch (error) {
    if (isNotFound(error)) return { kind: "not-found" };
    const refusal = addressWriteError(error);
    return { kind: "failed", status: refusal.status, errors: refusal.errors, values: postedAddressValues(form) };
  }
}
