import { describe, expect, it } from "vitest";
import {
  addressOneLine,
  addressValues,
  parseAddressForm,
  postedAddressValues,
  shippingAddresses,
} from "./address-form";

const valid = {
  label: "Main café",
  first_name: "Ada",
  last_name: "Roast",
  company: "Acme Cafés",
  address_1: "Torstraße 1",
  address_2: "",
  postal_code: "10119",
  city: "Berlin",
  province: "",
  country_code: "DE",
  phone: "",
  is_shipping: "on",
};
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
};

describe("parseAddressForm", () => {
  it("builds the API body; unchecked boxes are false, blank optionals null (clears them on edit)", () => {
    expect(parseAddressForm(form(valid), ["de", "fr"])).toEqual({
      ok: true,
      data: {
        label: "Main café",
        first_name: "Ada",
        last_name: "Roast",
        company: "Acme Cafés",
        address_1: "Torstraße 1",
        postal_code: "10119",
        city: "Berlin",
        country_code: "de",
        is_shipping: true,
        is_billing: false,
        address_2: null,
        province: null,
        phone: null,
      },
    });
  });

  it("refuses a country we do not deliver to and missing required fields", () => {
    const result = parseAddressForm(form({ ...valid, country_code: "jp", city: "", label: "" }), ["de"]);
    expect(result).toMatchObject({
      ok: false,
      errors: { country_code: "Choose a country we deliver to.", city: "Enter the city.", label: expect.any(String) },
    });
  });

  it("needs the address to be used for something", () => {
    const { is_shipping: _omit, ...rest } = valid;
    expect(parseAddressForm(form(rest), ["de"])).toMatchObject({
      ok: false,
      errors: { is_shipping: expect.stringContaining("shipping, billing or both") },
    });
  });
});

describe("address helpers", () => {
  const address = {
    id: "caddr_1",
    ...valid,
    country_code: "de",
    company: null,
    address_2: null,
    province: null,
    phone: null,
    is_shipping: true,
    is_billing: true,
  };

  it("round-trips an address into form values", () => {
    expect(addressValues(address)).toMatchObject({
      label: "Main café",
      company: "",
      is_shipping: "on",
      is_billing: "on",
    });
    expect(postedAddressValues(form({ city: " Berlin " }))).toMatchObject({ city: "Berlin", is_billing: "" });
  });

  it("writes one line for a radio label", () => {
    expect(addressOneLine(address, (c) => (c === "de" ? "Germany" : c))).toBe(
      "Ada Roast, Torstraße 1, 10119 Berlin, Germany",
    );
  });

  it("offers only shipping addresses, by name", () => {
    const list = [
      { ...address, id: "b", label: "Warehouse" },
      { ...address, id: "billing", label: "Accounts", is_shipping: false },
      { ...address, id: "a", label: "Café" },
    ];
    expect(shippingAddresses(list).map((a) => a.id)).toEqual(["a", "b"]);
  });
});
