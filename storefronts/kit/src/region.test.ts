import { describe, expect, it } from "vitest";
import {
  FALLBACK_COUNTRY,
  chooseCountry,
  countryFromAcceptLanguage,
  countryName,
  countryOptions,
  regionForCountry,
  resolveRegion,
  taxLabel,
  taxName,
} from "./region";

const regions = [
  {
    id: "reg_eu",
    name: "Europe",
    currency_code: "eur",
    countries: [{ iso_2: "de" }, { iso_2: "fr" }, { iso_2: "at" }],
  },
  { id: "reg_us", name: "United States", currency_code: "usd", countries: [{ iso_2: "us" }] },
];
const options = countryOptions(regions);

/** The regions as `/store/regions` returns them: upper-case codes and display names are tolerated. */
const storeRegions = [
  {
    id: "reg_us",
    name: "United States",
    currency_code: "usd",
    countries: [{ iso_2: "us", display_name: "United States" }],
  },
  {
    id: "reg_eu",
    name: "Europe",
    currency_code: "eur",
    countries: [
      { iso_2: "FR", display_name: "France" },
      { iso_2: "de", display_name: "Germany" },
    ],
  },
];

describe("countryName", () => {
  it("names a country in English, whatever the case of its code", () => {
    expect(countryName("at")).toBe("Austria");
    expect(countryName("US")).toBe("United States");
  });

  it("falls back to the upper-case code for something that is not a country code", () => {
    expect(countryName("not-a-code")).toBe("NOT-A-CODE");
  });
});

describe("countryOptions", () => {
  it("lists every country with its region, by name", () => {
    expect(options.map((o) => o.code)).toEqual(["at", "fr", "de", "us"]);
    expect(options.find((o) => o.code === "us")).toMatchObject({
      name: "United States",
      regionId: "reg_us",
      currencyCode: "usd",
    });
  });

  it("lists every country by name with its currency and region name, codes in lower case", () => {
    expect(countryOptions(storeRegions).map((c) => `${c.code} ${c.name} ${c.currencyCode} ${c.regionName}`)).toEqual([
      "fr France eur Europe",
      "de Germany eur Europe",
      "us United States usd United States",
    ]);
  });

  it("skips countries without a code and regions without countries", () => {
    expect(
      countryOptions([
        { id: "r", name: "Empty", currency_code: "eur", countries: [{ iso_2: null }] },
        { id: "s", name: "None", currency_code: "eur" },
      ]),
    ).toEqual([]);
  });
});

describe("chooseCountry", () => {
  it("prefers the cookie, then the browser's languages, then Germany", () => {
    expect(chooseCountry(options, "fr", "en-US")).toBe("fr");
    expect(chooseCountry(options, undefined, "en-US,en;q=0.9")).toBe("us");
    expect(chooseCountry(options, undefined, "en")).toBe("de");
    expect(FALLBACK_COUNTRY).toBe("de");
  });

  it("ignores a cookie for a country we do not sell to", () => {
    expect(chooseCountry(options, "jp", "de-AT")).toBe("at");
  });

  it("accepts the chosen country in any case", () => {
    expect(chooseCountry(options, "US")).toBe("us");
  });

  it("goes straight to Germany when no Accept-Language is given (the trade site's choice)", () => {
    expect(chooseCountry(options, undefined)).toBe("de");
    expect(chooseCountry(options, "jp")).toBe("de");
  });

  it("falls back to the first option when Germany is not sold to, and to nothing without options", () => {
    const usOnly = countryOptions([regions[1]!]);
    expect(chooseCountry(usOnly, "jp", "fr-FR")).toBe("us");
    expect(chooseCountry([], "de", "de-DE")).toBeUndefined();
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
    expect(regionForCountry(regions, "AT")).toEqual({
      id: "reg_eu",
      name: "Europe",
      currencyCode: "eur",
      countryCode: "at",
      locale: "en-IE",
    });
    expect(regionForCountry(regions, "us")?.locale).toBe("en-US");
    expect(regionForCountry(regions, "jp")).toBeNull();
  });

  it("matches upper-case codes from the backend", () => {
    expect(regionForCountry(storeRegions, "fr")).toMatchObject({ id: "reg_eu", countryCode: "fr" });
  });
});

describe("resolveRegion", () => {
  it("follows the chosen country", () => {
    expect(resolveRegion(storeRegions, { chosen: "fr" })?.region).toEqual({
      id: "reg_eu",
      name: "Europe",
      currencyCode: "eur",
      countryCode: "fr",
      locale: "en-IE",
    });
    expect(resolveRegion(storeRegions, { chosen: "US" })?.region).toMatchObject({ id: "reg_us", countryCode: "us" });
  });

  it("uses the browser's languages when given and nothing was chosen", () => {
    expect(resolveRegion(storeRegions, { chosen: undefined, acceptLanguage: "en-US" })?.region).toMatchObject({
      id: "reg_us",
      countryCode: "us",
    });
  });

  it("falls back to Germany for a missing or unknown country", () => {
    expect(resolveRegion(storeRegions, { chosen: undefined })?.region).toMatchObject({
      id: "reg_eu",
      countryCode: "de",
    });
    expect(resolveRegion(storeRegions, { chosen: "jp" })?.region).toMatchObject({ id: "reg_eu", countryCode: "de" });
  });

  it("falls back to a country we sell to when Germany is not one, and to null without any", () => {
    expect(resolveRegion([storeRegions[0]!], { chosen: "jp" })?.region).toMatchObject({
      id: "reg_us",
      countryCode: "us",
    });
    expect(
      resolveRegion([{ id: "r", name: "Empty", currency_code: "eur", countries: [] }], { chosen: undefined }),
    ).toBeNull();
  });

  it("lists the countries to switch to", () => {
    expect(resolveRegion(storeRegions, { chosen: "de" })?.countries.map((c) => c.code)).toEqual(["fr", "de", "us"]);
  });
});

describe("taxLabel", () => {
  it("says VAT in Europe and sales tax in the US", () => {
    expect(taxLabel({ countryCode: "de" })).toBe("incl. VAT");
    expect(taxLabel({ countryCode: "us" })).toBe("incl. sales tax");
    expect(taxName({ countryCode: "at" })).toBe("VAT");
    expect(taxName({ countryCode: "us" })).toBe("sales tax");
  });
});
