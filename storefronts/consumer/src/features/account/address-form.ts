/**
 * The address book form: the checkout's address rules (`detailsSchema`: postal code per country,
 * US states, phone), plus "default for delivery / billing". Errors name the field.
 */
import type { AddressInput } from "@hybrid/storefront-kit";
import type { HttpTypes } from "@medusajs/types";
import {
  cartUpdateFromDetails,
  detailsSchema,
  detailsValues,
  type DetailsErrors,
  type DetailsValues,
} from "../checkout/details";

export type AddressValues = Omit<DetailsValues, "email"> & {
  is_default_shipping: boolean;
  is_default_billing: boolean;
};
export type AddressErrors = Omit<DetailsErrors, "email">;

export const EMPTY_ADDRESS = (countryCode: string): AddressValues => ({
  first_name: "",
  last_name: "",
  address_1: "",
  address_2: "",
  city: "",
  postal_code: "",
  province: "",
  country_code: countryCode,
  phone: "",
  is_default_shipping: false,
  is_default_billing: false,
});

export function addressValues(
  address: HttpTypes.StoreCustomerAddress,
  customer: { default_shipping_address_id?: string | null; default_billing_address_id?: string | null },
): AddressValues {
  return {
    first_name: address.first_name ?? "",
    last_name: address.last_name ?? "",
    address_1: address.address_1 ?? "",
    address_2: address.address_2 ?? "",
    city: address.city ?? "",
    postal_code: address.postal_code ?? "",
    province: address.province ?? "",
    country_code: address.country_code ?? "",
    phone: address.phone ?? "",
    is_default_shipping: address.is_default_shipping || customer.default_shipping_address_id === address.id,
    is_default_billing: address.is_default_billing || customer.default_billing_address_id === address.id,
  };
}

export function parseAddressForm(
  form: FormData,
  countries: readonly string[],
): { ok: true; data: AddressInput } | { ok: false; errors: AddressErrors; values: AddressValues } {
  const flags = {
    is_default_shipping: form.get("is_default_shipping") === "yes",
    is_default_billing: form.get("is_default_billing") === "yes",
  };
  const { email: _email, ...values } = detailsValues(form);
  const parsed = detailsSchema(countries).safeParse({ ...values, email: "account@example.com" });
  if (parsed.success) {
    const { shipping_address } = cartUpdateFromDetails(parsed.data);
    return {
      ok: true,
      data: {
        ...shipping_address,
        address_2: shipping_address.address_2 ?? null,
        province: shipping_address.province ?? null,
        phone: shipping_address.phone ?? null,
        ...flags,
      },
    };
  }
  const errors: AddressErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as keyof AddressErrors | undefined;
    if (field && field !== ("email" as string) && !errors[field]) errors[field] = issue.message;
  }
  return { ok: false, errors, values: { ...values, ...flags } };
}
