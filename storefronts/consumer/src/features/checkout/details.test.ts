import { describe, expect, it } from "vitest";
import { cartUpdateFromDetails, detailsFromCart, parseDetails } from "./details";

const EU = ["de", "fr", "nl", "be", "at", "it", "es", "ie"];
const valid = {
  email: "  Ada@Example.com ",
  first_name: "Ada",
  last_name: "Lovelace",
  address_1: "Hauptstraße 1",
  city: "Berlin",
  postal_code: "10115",
  country_code: "de",
};
const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

describe("parseDetails", () => {
  it("accepts a complete address and normalises the email", () => {
    const result = parseDetails(form(valid), EU);
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(result.data).toMatchObject({ email: "Ada@Example.com", country_code: "de", address_2: "", phone: "" });
  });

  it("reports every missing field by name", () => {
    const result = parseDetails(form({}), EU);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(Object.keys(result.errors).sort()).toEqual([
        "address_1",
        "city",
        "country_code",
        "email",
        "first_name",
        "last_name",
        "postal_code",
      ]);
      expect(result.errors.email).toBe("Enter your email address");
    }
  });

  it("rejects an invalid email and keeps what was typed", () => {
    const result = parseDetails(form({ ...valid, email: "ada@" }), EU);
    expect(result).toMatchObject({
      ok: false,
      errors: { email: "Enter a valid email address, like name@example.com" },
      values: { email: "ada@", city: "Berlin" },
    });
  });

  it("checks postal codes per country", () => {
    expect(parseDetails(form({ ...valid, postal_code: "1011" }), EU)).toMatchObject({
      ok: false,
      errors: { postal_code: "Enter a valid postal code, like 10115" },
    });
    expect(parseDetails(form({ ...valid, country_code: "nl", postal_code: "1012 AB" }), EU).ok).toBe(true);
    expect(parseDetails(form({ ...valid, country_code: "at", postal_code: "1010" }), EU).ok).toBe(true);
  });

  it("only accepts countries of the shopper's region", () => {
    expect(
      parseDetails(form({ ...valid, country_code: "us", postal_code: "94103", province: "CA" }), EU),
    ).toMatchObject({
      ok: false,
      errors: { country_code: "Choose a country we deliver to in this region" },
    });
  });

  it("needs a two-letter state in the US", () => {
    const us = { ...valid, country_code: "us", postal_code: "94103", city: "San Francisco" };
    expect(parseDetails(form(us), ["us"])).toMatchObject({
      ok: false,
      errors: { province: "Enter your state as two letters, like CA" },
    });
    expect(parseDetails(form({ ...us, province: "ca" }), ["us"]).ok).toBe(true);
  });

  it("rejects phone numbers with letters", () => {
    expect(parseDetails(form({ ...valid, phone: "call me" }), EU)).toMatchObject({
      ok: false,
      errors: { phone: expect.any(String) },
    });
  });
});

describe("cartUpdateFromDetails", () => {
  it("writes email, shipping and billing address in one update", () => {
    const result = parseDetails(form({ ...valid, province: "be" }), EU);
    if (!result.ok) throw new Error("expected valid");
    const update = cartUpdateFromDetails(result.data);
    expect(update.email).toBe("ada@example.com");
    expect(update.shipping_address).toEqual(update.billing_address);
    expect(update.shipping_address).toMatchObject({
      country_code: "de",
      postal_code: "10115",
      province: "BE",
      address_2: undefined,
    });
  });
});

describe("detailsFromCart", () => {
  it("prefills from the cart and falls back to the shopper's country", () => {
    expect(detailsFromCart({ email: null, shipping_address: null }, "fr")).toMatchObject({
      email: "",
      country_code: "fr",
    });
    expect(
      detailsFromCart({ email: "a@b.co", shipping_address: { city: "Paris", country_code: "fr" } }, "de"),
    ).toMatchObject({ email: "a@b.co", city: "Paris", country_code: "fr" });
  });
});
