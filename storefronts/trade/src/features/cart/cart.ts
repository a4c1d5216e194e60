/**
 * The buyer's cart. Its id lives in the httpOnly cookie `hc_trade_cart`; every backend call carries
 * the buyer's token, so the cart belongs to the customer and Medusa prices its lines with the
 * Trade price list, tier by quantity.
 */
import { isBackendRequestError, isNotFound, siteCookies, type StorefrontClient } from "@hybrid/storefront-kit";
import type { HttpTypes } from "@medusajs/types";
import type { AstroCookies } from "astro";

export interface CartScope {
  client: Pick<StorefrontClient, "carts">;
  cookies: AstroCookies;
  url: URL;
  token: string;
  buyerId: string;
  regionId: string;
  /** The buyer's chosen country: taxes are calculated for it until checkout has an address. */
  countryCode: string;
}

function cartCookie(scope: CartScope) {
  return siteCookies("trade", scope.cookies, scope.url).cart;
}

/**
 * The buyer's open cart, or null. A cart that is gone, completed, or owned by another customer
 * (a cookie left by someone else on this browser) is forgotten rather than shown.
 */
export async function loadCart(scope: CartScope): Promise<HttpTypes.StoreCart | null> {
  const cookie = cartCookie(scope);
  const id = cookie.get();
  if (!id) return null;
  let cart: HttpTypes.StoreCart;
  try {
    cart = await scope.client.carts.get(id, { token: scope.token });
  } catch (error) {
    if (!isNotFound(error)) throw error;
    cookie.clear();
    return null;
  }
  if (cart.completed_at || (cart.customer_id && cart.customer_id !== scope.buyerId)) {
    cookie.clear();
    return null;
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
