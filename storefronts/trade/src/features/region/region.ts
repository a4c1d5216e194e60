/**
 * Which region (currency, tax rules) prices are calculated for. The buyer picks a country; the
 * cookie `hc_trade_region` stores its ISO code (the kit's region cookie), and the region is the
 * one that contains that country.
 */
import type { HttpTypes } from "@medusajs/types";

/** Where prices are calculated when the buyer has not chosen: the roaster's home market. */
export const DEFAULT_COUNTRY = "de";

export interface TradeRegion {
  id: string;
  name: string;
  currencyCode: string;
  /** ISO 3166-1 alpha-2, lower case: the country taxes are calculated for. */
  countryCode: string;
}

export interface CountryChoice {
  code: string;
  name: string;
  regionName: string;
  currencyCode: string;
}

type RegionLike = Pick<HttpTypes.StoreRegion, "id" | "name" | "currency_code"> & {
  countries?: Array<{ iso_2?: string | null; display_name?: string | null; name?: string | null }> | null;
};

function countryCodes(region: RegionLike): string[] {
  return (region.countries ?? []).map((c) => c.iso_2?.toLowerCase()).filter((c): c is string => Boolean(c));
}

/**
 * The region for `country` (the cookie's value); for an unknown or missing country, the region of
 * DEFAULT_COUNTRY, else the first region with a country. Null only when no region has a country.
 */
export function pickRegion(regions: ReadonlyArray<RegionLike>, country: string | undefined): TradeRegion | null {
  const wanted = [country?.toLowerCase(), DEFAULT_COUNTRY].filter((c): c is string => Boolean(c));
  for (const code of wanted) {
    const region = regions.find((r) => countryCodes(r).includes(code));
    if (region) return { id: region.id, name: region.name, currencyCode: region.currency_code, countryCode: code };
  }
  const region = regions.find((r) => countryCodes(r).length > 0);
  if (!region) return null;
  return { id: region.id, name: region.name, currencyCode: region.currency_code, countryCode: countryCodes(region)[0]! };
}

/** Every country a buyer may choose, sorted by name, with its region's currency. */
export function countryChoices(regions: ReadonlyArray<RegionLike>): CountryChoice[] {
  return regions
    .flatMap((region) =>
      (region.countries ?? [])
        .filter((c) => c.iso_2)
        .map((c) => ({
          code: c.iso_2!.toLowerCase(),
          name: c.display_name || c.name || c.iso_2!.toUpperCase(),
          regionName: region.name,
          currencyCode: region.currency_code,
        })),
    )
    .sort((a, b) => a.name.localeCompare(b.name));
}
