/**
 * The shopper's cart: its id lives in the httpOnly cookie `hc_consumer_cart`; the cart itself
 * lives in the backend. A cookie naming a missing or completed cart is dropped.
 */
import { isNotFound, siteCookies, type ResolvedRegion } from "@hybrid/storefront-kit";
import type { HttpTypes } from "@medusajs/types";
import type { AstroCookies } from "astro";
import { backend, SITE } from "../../lib/backend";

export interface RequestContext {
  cookies: AstroCookies;
  url: URL;
  locals: App.Locals;
}

function cartCookie(ctx: Pick<RequestContext, "cookies" | "url">) {
  return siteCookies(SITE, ctx.cookies, ctx.url).cart;
}

/**
 * The shopper's open cart, moved to the shopper's current region if they changed it since,
 * or null (no cookie, cart gone, or already ordered).
 */
export async function loadCart(ctx: RequestContext): Promise<HttpTypes.StoreCart | null> {
  const cookie = cartCookie(ctx);
  const id = cookie.get();
  if (!id) return null;
  let cart: HttpTypes.StoreCart;
  try {
    cart = await backend.carts.get(id);
  } catch (error) {
    if (isNotFound(error)) {
      cookie.clear();
      return null;
    }
    throw error;
  }
  if (cart.completed_at) {
    cookie.clear();
    return null;
  }
  if (cart.region_id !== ctx.locals.region.id) {
    cart = await moveCartToRegion(cart.id, ctx.locals.region);
  }
  return cart;
}

/** The shopper's cart, creating one (and setting the cookie) if there is none. */
export async function loadOrCreateCart(ctx: RequestContext): Promise<HttpTypes.StoreCart> {
  const existing = await loadCart(ctx);
  if (existing) return existing;
  // A signed-in customer's cart is theirs from the start (it follows them to other browsers).
  const cart = await backend.carts.create(ctx.locals.region.id, {
    countryCode: ctx.locals.region.countryCode,
    token: ctx.locals.sessionToken ?? undefined,
  });
  cartCookie(ctx).set(cart.id);
  return cart;
}

/** Re-price the cart for another region; the address restarts with the new country. */
export function moveCartToRegion(cartId: string, region: ResolvedRegion): Promise<HttpTypes.StoreCart> {
  return backend.carts.update(cartId, { region_id: region.id, shipping_address: { country_code: region.countryCode } });
}

/** Units in the shopper's cart for the header; 0 when there is no open cart. Never throws NotFound. */
export async function cartUnits(ctx: Pick<RequestContext, "cookies" | "url">): Promise<number> {
  const cookie = cartCookie(ctx);
  const id = cookie.get();
  if (!id) return 0;
  try {
    const cart = await backend.carts.get(id, { fields: "id,completed_at,items.id,items.quantity" });
    if (cart.completed_at) return 0;
    return (cart.items ?? []).reduce((sum, item) => sum + item.quantity, 0);
  } catch (error) {
    if (isNotFound(error)) {
      cookie.clear();
      return 0;
    }
    throw error;
  }
}

/** Forget the cart (after the order is placed). */
export function forgetCart(ctx: Pick<RequestContext, "cookies" | "url">): void {
  cartCookie(ctx).clear();
}
