/**
 * Checkout for a signed-in customer: their saved addresses are offered, and choosing one writes it
 * (with the account's email) to the cart in one update. Only the customer's own addresses can be
 * chosen (looked up in their address book; anything else is refused naming the field).
 */
import type { AccountProfile, StorefrontClient } from "@hybrid/storefront-kit";
import type { HttpTypes } from "@medusajs/types";
import type { DetailsValues } from "../checkout/details";

type Address = HttpTypes.StoreCustomerAddress;

/** The customer's addresses in the shopper's region (a cart can only ship within its region). */
export function addressesForRegion(customer: AccountProfile | null, countries: readonly string[]): Address[] {
  return (customer?.addresses ?? []).filter((a) => a.country_code && countries.includes(a.country_code));
}

/** The default delivery address if it ships in the region, else the first one. */
export function preferredAddress(customer: AccountProfile, addresses: Address[]): Address | undefined {
  return addresses.find((a) => a.is_default_shipping || a.id === customer.default_shipping_address_id) ?? addresses[0];
}

/** Prefill the details form from an address (and the account's email). */
export function detailsFromAddress(email: string, a: Address): DetailsValues {
  return {
    email,
    first_name: a.first_name ?? "",
    last_name: a.last_name ?? "",
    address_1: a.address_1 ?? "",
    address_2: a.address_2 ?? "",
    city: a.city ?? "",
    postal_code: a.postal_code ?? "",
    province: a.province ?? "",
    country_code: a.country_code ?? "",
    phone: a.phone ?? "",
  };
}

export type SavedAddressPost = { kind: "done" } | { kind: "failed"; status: 400; error: string };

export async function useSavedAddress(
  client: Pick<StorefrontClient, "carts">,
  cartId: string,
  customer: AccountProfile,
  addresses: Address[],
  addressId: string | undefined,
): Promise<SavedAddressPost> {
  const address = addresses.find((a) => a.id === addressId);
  if (!address) return { kind: "failed", status: 400, error: "Choose one of your saved addresses in this region." };
  const fields = {
    first_name: address.first_name ?? undefined,
    last_name: address.last_name ?? undefined,
    address_1: address.address_1 ?? undefined,
    address_2: address.address_2 ?? undefined,
    city: address.city ?? undefined,
    postal_code: address.postal_code ?? undefined,
    province: address.province ?? undefined,
    country_code: address.country_code ?? undefined,
    phone: address.phone ?? undefined,
  };
  await client.carts.update(cartId, { email: customer.email, shipping_address: fields, billing_address: fields });
  return { kind: "done" };
}
