import type { ResolvedRegion } from "@hybrid/storefront-kit";
import type { TradeBuyer } from "./trade-account";

/**
 * For pages behind the auth guard: the buyer, their token and region, typed as present. Throws if
 * called without them, which means the guard was bypassed: better a 500 than a page rendered for
 * nobody.
 */
export function requireBuyer(locals: App.Locals): { buyer: TradeBuyer; token: string; region: ResolvedRegion } {
  const { buyer, sessionToken, region } = locals;
  if (!buyer || !sessionToken || !region) throw new Error("Trade page rendered without a signed-in buyer");
  return { buyer, token: sessionToken, region };
}
