/**
 * Region and country resolution for both sites. The shopper or buyer picks a country (the site's
 * `region` cookie holds its ISO code); the region (currency, tax rules) is the one that contains
 * that country. Pure functions over the backend's `/store/regions` list.
 */
import { localeForCurrency } from "./money";

/** The part of a Medusa `StoreRegion` these helpers read. */
export interface RegionLike {
  id: string;
  name: string;
  currency_code: string;
  countries?: ReadonlyArray<{ iso_2?: string | null }> | null;
}

/** A country a shopper may choose, with the region it belongs to. */
export interface CountryOption {
  /** ISO 3166-1 alpha-2, lower case. */
  code: string;
  /** English country name, e.g. "Germany". */
  name: string;
  regionId: string;
  regionName: string;
  currencyCode: string;
}

/** The region prices and carts are calculated for. */
export interface ResolvedRegion {
  id: string;
  name: string;
  currencyCode: string;
  /** The chosen country inside the region, ISO 3166-1 alpha-2, lower case (drives taxes). */
  countryCode: string;
  /** Locale used to format money in this region. */
  locale: string;
}

/** Used when neither the cookie nor the browser's languages name a country we sell to: the roaster's home market. */
export const FALLBACK_COUNTRY = "de";

const countryNames = new Intl.DisplayNames(["en"], { type: "region" });

/** English name of an ISO country code ("at" -> "Austria"); the upper-case code if unknown. */
export function countryName(code: string): string {
  try {
    return countryNames.of(code.toUpperCase()) ?? code.toUpperCase();
  } catch {
    return code.toUpperCase();
  }
}

/** Every country we sell to, with its region, sorted by name. */
export function countryOptions(regions: readonly RegionLike[]): CountryOption[] {
  const options: CountryOption[] = [];
  for (const region of regions) {
    for (const country of region.countries ?? []) {
      if (!country.iso_2) continue;
      const code = country.iso_2.toLowerCase();
      options.push({
        code,
        name: countryName(code),
        regionId: region.id,
        regionName: region.name,
        currencyCode: region.currency_code,
      });
    }
  }
  return options.sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The first country from an Accept-Language header we sell to, e.g. "de-AT,de;q=0.9" -> "at".
 * Only explicit region subtags count ("en-US" -> "us"; a bare "en" says nothing about a country).
 */
export function countryFromAcceptLanguage(
  header: string | null | undefined,
  allowed: ReadonlySet<string>,
): string | undefined {
  if (!header) return undefined;
  const tags = header
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { tag: tag.trim(), q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of tags) {
    const region = tag.split("-")[1];
    if (region && /^[a-z]{2}$/i.test(region) && allowed.has(region.toLowerCase())) return region.toLowerCase();
  }
  return undefined;
}

/**
 * The country to calculate prices for: the chosen one (cookie) if we sell there, else the first
 * sold-to country in `acceptLanguage` (omit it to skip this step), else FALLBACK_COUNTRY, else the
 * first option. Undefined only when there are no options.
 */
export function chooseCountry(
  options: readonly CountryOption[],
  chosen: string | null | undefined,
  acceptLanguage?: string | null,
): string | undefined {
  const allowed = new Set(options.map((o) => o.code));
  const wanted = chosen?.toLowerCase();
  if (wanted && allowed.has(wanted)) return wanted;
  return (
    countryFromAcceptLanguage(acceptLanguage, allowed) ??
    (allowed.has(FALLBACK_COUNTRY) ? FALLBACK_COUNTRY : options[0]?.code)
  );
}

/** The region a country belongs to, or null if we do not sell there. */
export function regionForCountry(regions: readonly RegionLike[], countryCode: string): ResolvedRegion | null {
  const code = countryCode.toLowerCase();
  const region = regions.find((r) => r.countries?.some((c) => c.iso_2?.toLowerCase() === code));
  if (!region) return null;
  return {
    id: region.id,
    name: region.name,
    currencyCode: region.currency_code,
    countryCode: code,
    locale: localeForCurrency(region.currency_code),
  };
}

/**
 * What a site's middleware needs per request: the region for the chosen country (see
 * `chooseCountry` for the fallbacks) and every country the shopper may switch to. Null only when
 * no region has a country (an unseeded backend).
 *
 * @example resolveRegion(await backend.regions.list(), { chosen: cookies.region.get(), acceptLanguage: request.headers.get("accept-language") })
 */
export function resolveRegion(
  regions: readonly RegionLike[],
  { chosen, acceptLanguage }: { chosen: string | null | undefined; acceptLanguage?: string | null },
): { region: ResolvedRegion; countries: CountryOption[] } | null {
  const countries = countryOptions(regions);
  const country = chooseCountry(countries, chosen, acceptLanguage);
  const region = country ? regionForCountry(regions, country) : null;
  return region ? { region, countries } : null;
}

/** What the region's sales tax is called: sales tax in the US, VAT elsewhere. */
export function taxName(region: Pick<ResolvedRegion, "countryCode">): "VAT" | "sales tax" {
  return region.countryCode.toLowerCase() === "us" ? "sales tax" : "VAT";
}

/** How tax-inclusive prices are labelled: "incl. VAT" in Europe, "incl. sales tax" in the US. */
export function taxLabel(region: Pick<ResolvedRegion, "countryCode">): string {
  return `incl. ${taxName(region)}`;
}
