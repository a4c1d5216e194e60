import { taxName, type ResolvedRegion } from "@hybrid/storefront-kit";

/** Label beside every trade price, e.g. "net, excl. VAT" (the tax's name is the kit's `taxName`). */
export function netLabelFor(region: Pick<ResolvedRegion, "countryCode">): string {
  return `net, excl. ${taxName(region)}`;
}

/** Label of the consumer reference price, e.g. "RRP incl. VAT". */
export function rrpLabelFor(region: Pick<ResolvedRegion, "countryCode">): string {
  return `RRP incl. ${taxName(region)}`;
}
