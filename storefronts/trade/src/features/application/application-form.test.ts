import { describe, expect, it } from "vitest";
import { parseApplicationForm } from "./application-form";
import { currencyOptions } from "./currencies";

const valid = {
  company_name: "Acme Cafés GmbH",
  vat_id: "de 123 456 789",
  company_email: "AP@Acme.example",
  phone: "+49 30 1234567",
  currency_code: "EUR",
  first_name: "Ada",
  last_name: "Roast",
  email: "Ada@Acme.example",
  password: "correct horse",
};
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
};

describe("parseApplicationForm", () => {
  it("builds the API request: company + applicant, normalised", () => {
    expect(parseApplicationForm(form(valid), ["eur", "usd"])).toEqual({
      ok: true,
      data: {
        company: {
          name: "Acme Cafés GmbH",
          vat_id: "DE123456789",
          email: "ap@acme.example",
          phone: "+49 30 1234567",
          currency_code: "eur",
        },
        applicant: { email: "ada@acme.example", password: "correct horse", first_name: "Ada", last_name: "Roast" },
      },
    });
  });

  it("leaves optional fields out when blank", () => {
    const result = parseApplicationForm(form({ ...valid, vat_id: "", phone: " " }), ["eur"]);
    expect(result.ok && result.data.company).toEqual({
      name: "Acme Cafés GmbH",
      email: "ap@acme.example",
      currency_code: "eur",
    });
  });

  it("names every wrong field, and keeps what was typed except the password", () => {
    const result = parseApplicationForm(
      form({
        ...valid,
        company_name: "",
        vat_id: "123",
        company_email: "nope",
        currency_code: "gbp",
        email: "x@",
        password: "short",
      }),
      ["eur", "usd"],
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual([
      "company_email",
      "company_name",
      "currency_code",
      "email",
      "password",
      "vat_id",
    ]);
    expect(result.errors.vat_id).toContain("DE123456789");
    expect(result.errors.password).toContain("8 characters");
    expect(result.values.company_email).toBe("nope");
    expect(result.values).not.toHaveProperty("password");
  });
});

describe("currencyOptions", () => {
  it("lists each region currency once, with the regions using it", () => {
    expect(
      currencyOptions([
        { currency_code: "eur", name: "Europe" },
        { currency_code: "usd", name: "United States" },
        { currency_code: "EUR", name: "Ireland" },
      ]),
    ).toEqual([
      { value: "eur", label: "EUR (Europe, Ireland)" },
      { value: "usd", label: "USD (United States)" },
    ]);
  });
});
