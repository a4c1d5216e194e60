import { describe, expect, it } from "vitest";
import { formatMoney, localeForCurrency, roundMoney } from "./money";

describe("formatMoney", () => {
  it("formats major units (Medusa v2) without dividing by 100", () => {
    expect(formatMoney(14.5, "eur", "en-IE")).toBe("€14.50");
    expect(formatMoney(1234.5, "usd", "en-US")).toBe("$1,234.50");
  });

  it("accepts lower-case currency codes as Medusa returns them", () => {
    expect(formatMoney(3, "usd")).toBe("$3.00");
  });

  it("follows the locale's conventions", () => {
    expect(formatMoney(14.5, "eur", "de-DE")).toBe("14,50\u00a0€");
  });

  it("refuses to format a missing amount instead of printing NaN", () => {
    expect(() => formatMoney(Number.NaN, "eur")).toThrow(RangeError);
  });
});

describe("localeForCurrency", () => {
  it("maps the shop currencies to English locales", () => {
    expect(localeForCurrency("EUR")).toBe("en-IE");
    expect(localeForCurrency("usd")).toBe("en-US");
  });
});

describe("roundMoney", () => {
  it("removes floating point noise", () => {
    expect(roundMoney(0.1 + 0.2)).toBe(0.3);
    expect(roundMoney(21.599999999)).toBe(21.6);
  });
});
