import { describe, expect, it } from "vitest";
import { regionsFor } from "./middleware";

const eu = { id: "reg_eu", name: "Europe", currency_code: "eur", countries: [{ iso_2: "de" }, { iso_2: "fr" }] };
const us = { id: "reg_us", name: "United States", currency_code: "usd", countries: [{ iso_2: "us" }] };
const company = (currency_code?: string) => ({
  activeCompany: { id: "comp_1", name: "Acme", role: "buyer", status: "active", active: true, currency_code },
});

describe("regionsFor", () => {
  it("offers a buyer acting for a company only the regions in the company's currency", () => {
    expect(regionsFor(company("eur"), [eu, us])).toEqual([eu]);
    expect(regionsFor(company("USD"), [eu, us])).toEqual([us]);
  });

  it("offers every region without a company, without a known currency, or when no region has it", () => {
    expect(regionsFor({ activeCompany: null }, [eu, us])).toEqual([eu, us]);
    expect(regionsFor(company(undefined), [eu, us])).toEqual([eu, us]);
    expect(regionsFor(company("gbp"), [eu, us])).toEqual([eu, us]);
    expect(regionsFor(null, [eu, us])).toEqual([eu, us]);
  });
});
