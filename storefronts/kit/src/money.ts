/**
 * Money formatting. Medusa v2 returns amounts in MAJOR units (14.5 = €14.50); nothing here
 * divides by 100.
 */

const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(currencyCode: string, locale: string): Intl.NumberFormat {
  const id = `${locale}|${currencyCode}`;
  let formatter = formatters.get(id);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: "currency", currency: currencyCode.toUpperCase() });
    formatters.set(id, formatter);
  }
  return formatter;
}

/**
 * Format an amount in major units, e.g. `formatMoney(14.5, "eur", "en-IE")` -> "€14.50".
 * Throws RangeError for a non-finite amount or an unknown currency code: a missing price must be
 * handled by the caller (see `displayPrice`, which returns null), never shown as "€NaN".
 */
export function formatMoney(amount: number, currencyCode: string, locale = "en-US"): string {
  if (!Number.isFinite(amount)) throw new RangeError(`Cannot format amount ${amount}`);
  return formatterFor(currencyCode, locale).format(amount);
}

/** The locale the sites format a currency in (English pages; the currency's usual symbol placement). */
export function localeForCurrency(currencyCode: string): string {
  switch (currencyCode.toLowerCase()) {
    case "eur":
      return "en-IE";
    case "gbp":
      return "en-GB";
    case "usd":
      return "en-US";
    default:
      return "en-US";
  }
}

/** Round to cents the way money should be compared (avoids 0.1 + 0.2 style noise). */
export function roundMoney(amount: number): number {
  return Math.round((amount + Number.EPSILON) * 100) / 100;
}
