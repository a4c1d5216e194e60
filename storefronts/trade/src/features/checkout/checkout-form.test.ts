import { describe, expect, it } from "vitest";
import { matchCompanyAddress, parseCheckoutDetails, parsePoNumber } from "./checkout-form";
import { paymentOptions } from "./payment-options";

const payments = paymentOptions("net30", ["pp_system_default", "pp_on-account_on-account"]);
const offer = { addressIds: ["caddr_1", "caddr_2"], poRequired: true, payments };
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
};

describe("parsePoNumber", () => {
  it("is required only when the company says so", () => {
    expect(parsePoNumber("", false)).toEqual({ ok: true, value: null });
    expect(parsePoNumber("  ", true)).toMatchObject({ ok: false, message: expect.stringContaining("requires one") });
  });

  it("tidies spaces and refuses control characters or overlong values", () => {
    expect(parsePoNumber("  PO  4711/B ", true)).toEqual({ ok: true, value: "PO 4711/B" });
    expect(parsePoNumber("PO<script>", true).ok).toBe(false);
    expect(parsePoNumber("x".repeat(65), false).ok).toBe(false);
  });
});

describe("parseCheckoutDetails", () => {
  it("reads the address, PO number and payment offered", () => {
    const result = parseCheckoutDetails(
      form({ company_address_id: "caddr_2", po_number: "PO-1", payment: "on-account" }),
      offer,
    );
    expect(result).toMatchObject({
      ok: true,
      data: {
        addressId: "caddr_2",
        poNumber: "PO-1",
        payment: { providerId: "pp_on-account_on-account", onAccount: true },
      },
    });
  });

  it("refuses an address or payment that was not offered, and a missing PO number", () => {
    const result = parseCheckoutDetails(
      form({ company_address_id: "caddr_other_company", po_number: "", payment: "stripe" }),
      offer,
    );
    expect(result).toMatchObject({
      ok: false,
      errors: {
        company_address_id: "Choose the delivery address.",
        po_number: expect.any(String),
        payment: "Choose how to pay.",
      },
    });
  });
});

describe("matchCompanyAddress", () => {
  const addresses = [
    {
      id: "caddr_1",
      first_name: "Ada",
      last_name: "Roast",
      address_1: "Torstraße 1",
      address_2: null,
      city: "Berlin",
      postal_code: "10119",
      country_code: "de",
    },
    {
      id: "caddr_2",
      first_name: "Ada",
      last_name: "Roast",
      address_1: "Rue 2",
      address_2: null,
      city: "Paris",
      postal_code: "75001",
      country_code: "fr",
    },
  ];

  it("finds the company address the cart's address was copied from", () => {
    expect(matchCompanyAddress({ ...addresses[1], address_2: "" }, addresses)?.id).toBe("caddr_2");
  });

  it("prefers the id trade-details recorded on the cart's address", () => {
    expect(matchCompanyAddress({ ...addresses[0], metadata: { company_address_id: "caddr_2" } }, addresses)?.id).toBe(
      "caddr_2",
    );
  });

  it("finds nothing for a country-only tax address", () => {
    expect(matchCompanyAddress({ country_code: "de" }, addresses)).toBeUndefined();
    expect(matchCompanyAddress(null, addresses)).toBeUndefined();
  });
});
