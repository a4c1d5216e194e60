/**
 * The company address form (address book and checkout). Country must be one the shop sells to;
 * an address is for shipping, billing or both.
 */
import { z } from "astro/zod";
import { optionalText, phoneField, requiredText } from "../company/fields";
import { parseForm, textField, type FormResult } from "../company/forms";
import type { CompanyAddress } from "../company/types";

export const ADDRESS_FIELDS = [
  "label",
  "first_name",
  "last_name",
  "company",
  "address_1",
  "address_2",
  "postal_code",
  "city",
  "province",
  "country_code",
  "phone",
  "is_shipping",
  "is_billing",
] as const;
export type AddressField = (typeof ADDRESS_FIELDS)[number];

/** `POST /store/companies/me/addresses(/:id)` body; a blank optional field is null (clears it on edit). */
export type AddressInput = Omit<CompanyAddress, "id">;

const checkbox = z
  .string()
  .optional()
  .transform((v) => v === "on" || v === "true" || v === "1");

function addressSchema(countries: readonly string[]) {
  return z
    .object({
      label: requiredText(100, "Give the address a name, like “Main café” or “Head office”.", "The name"),
      first_name: requiredText(100, "Enter the recipient's first name.", "The first name"),
      last_name: requiredText(100, "Enter the recipient's last name.", "The last name"),
      company: optionalText(200, "The company name"),
      address_1: requiredText(200, "Enter the street and number.", "The street"),
      address_2: optionalText(200, "The second address line"),
      postal_code: requiredText(20, "Enter the postal code.", "The postal code"),
      city: requiredText(100, "Enter the city.", "The city"),
      province: optionalText(100, "The state or province"),
      country_code: z
        .string({ error: "Choose the country." })
        .trim()
        .toLowerCase()
        .refine((code) => countries.includes(code), { error: "Choose a country we deliver to." }),
      phone: phoneField,
      is_shipping: checkbox,
      is_billing: checkbox,
    })
    .refine((a) => a.is_shipping || a.is_billing, {
      path: ["is_shipping"],
      error: "Use the address for shipping, billing or both.",
    });
}

export function parseAddressForm(form: FormData, countries: readonly string[]): FormResult<AddressInput, AddressField> {
  const parsed = parseForm(addressSchema(countries.map((c) => c.toLowerCase())), form, ADDRESS_FIELDS);
  if (!parsed.ok) return parsed;
  const d = parsed.data;
  return {
    ok: true,
    data: {
      label: d.label,
      first_name: d.first_name,
      last_name: d.last_name,
      address_1: d.address_1,
      postal_code: d.postal_code,
      city: d.city,
      country_code: d.country_code,
      is_shipping: d.is_shipping,
      is_billing: d.is_billing,
      company: d.company ?? null,
      address_2: d.address_2 ?? null,
      province: d.province ?? null,
      phone: d.phone ?? null,
    },
  };
}

/** Form values to show for an existing address (edit form). */
export function addressValues(address: CompanyAddress): Record<string, string> {
  return {
    label: address.label,
    first_name: address.first_name,
    last_name: address.last_name,
    company: address.company ?? "",
    address_1: address.address_1,
    address_2: address.address_2 ?? "",
    postal_code: address.postal_code,
    city: address.city,
    province: address.province ?? "",
    country_code: address.country_code,
    phone: address.phone ?? "",
    is_shipping: address.is_shipping ? "on" : "",
    is_billing: address.is_billing ? "on" : "",
  };
}

/** The values posted, for re-rendering: an unchecked box is absent from a form post. */
export function postedAddressValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of ADDRESS_FIELDS) values[name] = (textField(form, name) ?? "").trim().slice(0, 200);
  return values;
}

/** "Main café: Jane Doe, Torstraße 1, 10119 Berlin, DE" on one line (radio labels). */
export function addressOneLine(
  a: Pick<
    CompanyAddress,
    "first_name" | "last_name" | "company" | "address_1" | "address_2" | "postal_code" | "city" | "country_code"
  >,
  countryName: (code: string) => string,
): string {
  const name = [a.first_name, a.last_name].filter(Boolean).join(" ");
  return [a.company, name, a.address_1, a.address_2, `${a.postal_code} ${a.city}`, countryName(a.country_code)]
    .filter(Boolean)
    .join(", ");
}

/** Addresses that can receive a delivery, in the order they are offered at checkout. */
export function shippingAddresses<T extends Pick<CompanyAddress, "is_shipping" | "label">>(
  addresses: readonly T[],
): T[] {
  return addresses.filter((a) => a.is_shipping).sort((a, b) => a.label.localeCompare(b.label));
}
