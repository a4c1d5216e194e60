import { describe, expect, it } from "vitest";
import { chooseCountry, countryFromAcceptLanguage, countryOptions, regionForCountry, safeReturnPath, taxLabel } from "./region";

const regions = [
  { id: "reg_eu", name: "Europe", currency_code: "eur", countries: [{ iso_2: "de" }, { iso_2: "fr" }, { iso_2: "at" }] },
  { id: "reg_us", name: "United States", currency_code: "usd", countries: [{ iso_2: "us" }] },
];
const options = countryOptions(regions);

describe("countryOptions", () => {
  it("lists every country with its region, by name", () => {
    expect(options.map((o) => o.code)).toEqual(["at", "fr", "de", "us"]);
    expect(options.find((o) => o.code === "us")).toMatchObject({ name: "United States", regionId: "reg_us", currencyCode: "usd" });
  });
});

describe("chooseCountry", () => {
  it("prefers the cookie, then the browser's languages, then Germany", () => {
    expect(chooseCountry(options, "fr", "en-US")).toBe("fr");
    expect(chooseCountry(options, undefined, "en-US,en;q=0.9")).toBe("us");
    expect(chooseCountry(options, undefined, "en")).toBe("de");
  });

  it("ignores a cookie for a country we do not sell to", () => {
    expect(chooseCountry(options, "jp", "de-AT")).toBe("at");
  });
});

describe("countryFromAcceptLanguage", () => {
  it("honours q-values and needs a region subtag", () => {
    const allowed = new Set(["de", "us", "fr"]);
    expect(countryFromAcceptLanguage("fr;q=0.5, en-US;q=0.8, de-DE;q=0.9", allowed)).toBe("de");
    expect(countryFromAcceptLanguage("en, de", allowed)).toBeUndefined();
    expect(countryFromAcceptLanguage("en-GB", allowed)).toBeUndefined();
    expect(countryFromAcceptLanguage(null, allowed)).toBeUndefined();
  });
});

describe("regionForCountry", () => {
  it("finds the region and its money locale", () => {
    expect(regionForCountry(regions, "AT")).toEqual({ id: "reg_eu", name: "Europe", currencyCode: "eur", countryCode: "at", locale: "en-IE" });
    expect(regionForCountry(regions, "us")?.locale).toBe("en-US");
    expect(regionForCountry(regions, "jp")).toBeNull();
  });
});

describe("taxLabel", () => {
  it("says VAT in Europe and sales tax in the US", () => {
    expect(taxLabel({ countryCode: "de" })).toBe("incl. VAT");
    expect(taxLabel({ countryCode: "us" })).toBe("incl. sales tax");
  });
});

describe("safeReturnPath", () => {
  it("allows same-site paths only", () => {
    expect(safeReturnPath("/categories/coffee-beans?sort=name")).toBe("/categories/coffee-beans?sort=name");
    for (const bad of ["https://evil.example", "//evil.example", "/\\evil.example", "", null, 42]) {
      expect(safeReturnPath(bad)).toBe("/");
    }
  });
});
