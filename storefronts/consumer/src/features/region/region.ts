/**
 * Region and country selection. The shopper picks a country (cookie `hc_consumer_region` holds
 * its ISO code); the region follows from the country. Pure functions, tested.
 */
import { localeForCurrency } from "@hybrid/storefront-kit";

export interface RegionLike {
  id: string;
  name: string;
  currency_code: string;
  countries?: ReadonlyArray<{ iso_2?: string | null; display_name?: string | null }> | null;
}

export interface CountryOption {
  code: string;
  name: string;
  regionId: string;
  regionName: string;
  currencyCode: string;
}

export interface ResolvedRegion {
  id: string;
  name: string;
  currencyCode: string;
  /** The shopper's country inside the region (drives taxes). */
  countryCode: string;
  /** Locale used to format money in this region. */
  locale: string;
}

/** Used when neither the cookie nor the browser's languages name a country we sell to. */
export const FALLBACK_COUNTRY = "de";

const countryNames = new Intl.DisplayNames(["en"], { type: "region" });

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
      options.push({ code, name: countryName(code), regionId: region.id, regionName: region.name, currencyCode: region.currency_code });
    }
  }
  return options.sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The first country from an Accept-Language header we sell to, e.g. "de-AT,de;q=0.9" -> "at".
 * Only explicit region subtags count ("en-US" -> "us"; a bare "en" says nothing about a country).
 */
export function countryFromAcceptLanguage(header: string | null | undefined, allowed: ReadonlySet<string>): string | undefined {
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

/** Cookie choice first, then the browser's languages, then FALLBACK_COUNTRY (or the first we sell to). */
export function chooseCountry(
  options: readonly CountryOption[],
  cookieCountry: string | undefined,
  acceptLanguage: string | null | undefined,
): string | undefined {
  const allowed = new Set(options.map((o) => o.code));
  if (cookieCountry && allowed.has(cookieCountry)) return cookieCountry;
  return countryFromAcceptLanguage(acceptLanguage, allowed) ?? (allowed.has(FALLBACK_COUNTRY) ? FALLBACK_COUNTRY : options[0]?.code);
}

/** The region a country belongs to, or null if we do not sell there. */
export function regionForCountry(regions: readonly RegionLike[], countryCode: string): ResolvedRegion | null {
  const code = countryCode.toLowerCase();
  const region = regions.find((r) => r.countries?.some((c) => c.iso_2?.toLowerCase() === code));
  if (!region) return null;
  return { id: region.id, name: region.name, currencyCode: region.currency_code, countryCode: code, locale: localeForCurrency(region.currency_code) };
}

/** Only same-site paths are valid places to send the shopper back to (no open redirects). */
export function safeReturnPath(raw: unknown, fallback = "/"): string {
  if (typeof raw !== "string" || !raw.startsWith("/") || raw.startsWith("//") || raw.includes("\\")) return fallback;
  return raw;
}

/** How prices are labelled: VAT in Europe, sales tax in the US. */
export function taxLabel(region: Pick<ResolvedRegion, "countryCode">): string {
  return region.countryCode === "us" ? "incl. sales tax" : "incl. VAT";
}
