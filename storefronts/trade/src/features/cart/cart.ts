/**
 * The buyer's cart. It is kept on the server for the person and the company they act for (a trade
 * cart belongs to one company): `GET /store/companies/me/cart` finds it from any browser. This
 * browser remembers its id in the httpOnly cookie `hc_trade_cart`; a cookie of another company's
 * cart (the person switched company) is dropped for the server's answer. Every backend call carries
 * the buyer's token, so the cart belongs to the customer and Medusa prices its lines with the
 * Trade price list and the company's contract, tier by quantity.
 */
import { isBackendRequestError, isNotFound, siteCookies, type StorefrontClient } from "@hybrid/storefront-kit";
import type { HttpTypes } from "@medusajs/types";
import type { AstroCookies } from "astro";

export interface CartScope {
  /** With `request`, a browser without a cart cookie finds the person's server-side cart. */
  client: Pick<StorefrontClient, "carts"> & Partial<Pick<StorefrontClient, "request">>;
  cookies: AstroCookies;
  url: URL;
  token: string;
  buyerId: string;
  regionId: string;
  /** The buyer's chosen country: taxes are calculated for it until checkout has an address. */
  countryCode: string;
  /** The company the buyer acts for now (`locals.buyer.activeCompany`); its carts only. */
  companyId?: string | null;
}

function cartCookie(scope: CartScope) {
  return siteCookies("trade", scope.cookies, scope.url).cart;
}

/**
 * The buyer's open cart, or null: this browser's cart, or — without one — the person's cart of
 * the company they act for, kept on the server (a second browser finds it). A cart that is gone,
 * completed, owned by another customer (a cookie left by someone else on this browser) or of
 * another company than the one acted for is forgotten rather than shown.
 */
export async function loadCart(scope: CartScope): Promise<HttpTypes.StoreCart | null> {
  const cookie = cartCookie(scope);
  const remembered = cookie.get();
  let cart = remembered ? await usableCart(scope, remembered) : null;
  if (remembered && !cart) cookie.clear();
  if (!cart) {
    // No cart in this browser (a new sign-in, or it held another company's): the server's one.
    const serverId = await serverCartId(scope);
    cart = serverId && serverId !== remembered ? await usableCart(scope, serverId) : null;
    if (!cart) return null;
    cookie.set(cart.id);
  }
  if (cart.region_id !== scope.regionId || !cart.shipping_address?.country_code) {
    // The buyer changed region: reprice the cart there rather than mix currencies. (A full
    // address entered later at checkout is left alone while the region stays the same.)
    try {
      cart = await scope.client.carts.update(cart.id, taxContext(scope), { token: scope.token });
    } catch (error) {
      // A cart awaiting approval is locked (409): show it as it is rather than fail the page.
      if (!(isBackendRequestError(error) && error.status === 409)) throw error;
    }
  }
  return cart;
}

/** The cart if this buyer may use it now: open, theirs (or a guest's), of the company acted for. */
async function usableCart(scope: CartScope, id: string): Promise<HttpTypes.StoreCart | null> {
  let cart: HttpTypes.StoreCart;
  try {
    cart = await scope.client.carts.get(id, { token: scope.token });
  } catch (error) {
    if (!isNotFound(error)) throw error;
    return null;
  }
  if (cart.completed_at || (cart.customer_id && cart.customer_id !== scope.buyerId) || !ofCompany(cart, scope)) {
    return null;
  }
  return cart;
}

/** Whether the cart may be shown for the company acted for: its own company's, or a cart of none. */
function ofCompany(cart: HttpTypes.StoreCart, scope: CartScope): boolean {
  const owner = (cart.metadata as Record<string, unknown> | null | undefined)?.company_id;
  return !scope.companyId || typeof owner !== "string" || owner === scope.companyId;
}

/** The id of the person's server-side cart for the company they act for, or null. */
async function serverCartId(scope: CartScope): Promise<string | null> {
  if (!scope.client.request || !scope.companyId) return null;
  try {
    const { cart } = await scope.client.request<{ cart: { id: string } | null }>("/store/companies/me/cart", {
      token: scope.token,
    });
    return cart?.id ?? null;
  } catch (error) {
    // No company to act for (404) or no access: no server cart, the cookie alone decides.
    if (isBackendRequestError(error) && error.status >= 400 && error.status < 500) return null;
    throw error;
  }
}

/**
 * Medusa only calculates tax for a cart whose address has a country. Until checkout collects the
 * address, the buyer's chosen country stands in, so the cart shows the VAT it will carry.
 */
function taxContext(scope: CartScope): HttpTypes.StoreUpdateCart {
  return { region_id: scope.regionId, shipping_address: { country_code: scope.countryCode } };
}

/** The buyer's open cart, or a new one in their region (remembered in the cart cookie). */
export async function openCart(scope: CartScope): Promise<HttpTypes.StoreCart> {
  const existing = await loadCart(scope);
  if (existing) return existing;
  // Created with the tax country at once (one backend write, the cart it answers is the one used).
  const created = await scope.client.carts.create(scope.regionId, {
    token: scope.token,
    countryCode: scope.countryCode,
  });
  cartCookie(scope).set(created.id);
  return created;
}

/** Adds `quantity` of a variant; Medusa merges it into an existing line of the same variant. */
export async function addToCart(scope: CartScope, variantId: string, quantity: number): Promise<HttpTypes.StoreCart> {
  const cart = await openCart(scope);
  return scope.client.carts.addItem(cart.id, { variantId, quantity }, { token: scope.token });
}

/** Sets a line's quantity. Null when there is no cart or the line is not in it. */
export async function setLineQuantity(
  scope: CartScope,
  lineId: string,
  quantity: number,
): Promise<HttpTypes.StoreCart | null> {
  const cart = await loadCart(scope);
  if (!cart?.items?.some((item) => item.id === lineId)) return null;
  return scope.client.carts.updateItem(cart.id, lineId, quantity, { token: scope.token, fields: "id" });
}

/** Removes a line. False when there is no cart or the line is not in it. */
export async function removeLine(scope: CartScope, lineId: string): Promise<boolean> {
  const cart = await loadCart(scope);
  if (!cart?.items?.some((item) => item.id === lineId)) return false;
  // The page redirects and reads the cart again: no need for the backend to assemble it here.
  await scope.client.carts.removeItem(cart.id, lineId, { token: scope.token, fields: "id" });
  return true;
}
