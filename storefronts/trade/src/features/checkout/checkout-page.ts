/** What both checkout steps load first: the buyer, their company (ordering role) and their cart. */
import type { HttpTypes } from "@medusajs/types";
import type { AstroGlobal } from "astro";
import { backend } from "../../backend";
import { loadCart, type CartScope } from "../cart/cart";
import { companyAccess, type ActiveCompany, type CompanyAccess } from "../company/access";
import { canPlaceOrders } from "../company/roles";
import { requireBuyer } from "../session/require-buyer";

export type CheckoutLoad =
  | { kind: "redirect"; response: Response }
  | { kind: "denied"; access: Exclude<CompanyAccess, { kind: "ok" }> }
  | { kind: "ok"; me: ActiveCompany; cart: HttpTypes.StoreCart; scope: CartScope; token: string };

export async function loadCheckout(Astro: AstroGlobal): Promise<CheckoutLoad> {
  const { buyer, region, token } = requireBuyer(Astro.locals);
  const access = await companyAccess(backend, token, canPlaceOrders);
  if (access.kind !== "ok") return { kind: "denied", access };
  const scope: CartScope = {
    client: backend,
    cookies: Astro.cookies,
    url: Astro.url,
    token,
    buyerId: buyer.id,
    regionId: region.id,
    countryCode: region.countryCode,
    companyId: buyer.activeCompany?.id ?? null,
  };
  const cart = await loadCart(scope);
  if (!cart?.items?.length) return { kind: "redirect", response: Astro.redirect("/cart?empty=1", 303) };
  return { kind: "ok", me: access.me, cart, scope, token };
}
