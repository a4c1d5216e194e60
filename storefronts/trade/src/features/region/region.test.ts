import { describe, expect, it } from "vitest";
import { countryChoices, pickRegion } from "./region";

const regions = [
  { id: "reg_us", name: "United States", currency_code: "usd", countries: [{ iso_2: "us", display_name: "United States" }] },
  {
    id: "reg_eu",
    name: "Europe",
    currency_code: "eur",
    countries: [
      { iso_2: "fr", display_name: "France" },
      { iso_2: "de", display_name: "Germany" },
    ],
  },
];

describe("pickRegion", () => {
  it("follows the chosen country", () => {
    expect(pickRegion(regions, "fr")).toEqual({ id: "reg_eu", name: "Europe", currencyCode: "eur", countryCode: "fr" });
    expect(pickRegion(regions, "US")).toMatchObject({ id: "reg_us", countryCode: "us" });
  });

  it("falls back to Germany for a missing or unknown country", () => {
    expect(pickRegion(regions, undefined)).toMatchObject({ id: "reg_eu", countryCode: "de" });
    expect(pickRegion(regions, "jp")).toMatchObject({ id: "reg_eu", countryCode: "de" });
  });

  it("falls back to the first region with a country when Germany is not sold to", () => {
    expect(pickRegion([regions[0]!], "jp")).toMatchObject({ id: "reg_us", countryCode: "us" });
    expect(pickRegion([{ id: "r", name: "Empty", currency_code: "eur", countries: [] }], undefined)).toBeNull();
  });
});

describe("countryChoices", () => {
  it("lists every country by name with its currency", () => {
    expect(countryChoices(regions).map((c) => `${c.name} ${c.currencyCode}`)).toEqual([
      "France eur",
      "Germany eur",
      "United States usd",
    ]);
  });
});
