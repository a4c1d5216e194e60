import type { TradeRegion } from "../region/region";

/** The tax wording for a region: VAT in the EU (EUR), sales tax elsewhere (US). */
export function taxNameFor(region: Pick<TradeRegion, "currencyCode">): string {
  return region.currencyCode.toLowerCase() === "eur" ? "VAT" : "sales tax";
}

/** Label beside every trade price, e.g. "net, excl. VAT". */
export function netLabelFor(region: Pick<TradeRegion, "currencyCode">): string {
  return `net, excl. ${taxNameFor(region)}`;
}

/** Label of the consumer reference price, e.g. "RRP incl. VAT". */
export function rrpLabelFor(region: Pick<TradeRegion, "currencyCode">): string {
  return `RRP incl. ${taxNameFor(region)}`;
}
