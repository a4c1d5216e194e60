/**
 * The trade checkout against the backend. Order of writes matters: Medusa drops payment sessions
 * whenever a cart's address or shipping changes, so the payment session is started last, right
 * before the order is placed.
 */
import type { CompleteCartResult, StorefrontClient } from "@hybrid/storefront-kit";
import type { HttpTypes } from "@medusajs/types";

type Client = Pick<StorefrontClient, "request" | "carts" | "checkout">;

/** True once trade-details ran: the company is on the cart and its address was copied in. */
export function hasTradeDetails(cart: Pick<HttpTypes.StoreCart, "metadata" | "shipping_address">): boolean {
  return Boolean(cart.metadata?.company_id && cart.shipping_address?.address_1);
}

export function cartPoNumber(cart: Pick<HttpTypes.StoreCart, "metadata">): string | null {
  const po = cart.metadata?.po_number;
  return typeof po === "string" && po.trim() ? po : null;
}

/** Copies the company address into the cart and records the company and PO number on it. */
export async function saveTradeDetails(
  client: Client,
  token: string,
  cartId: string,
  body: { company_address_id: string; po_number: string | null },
): Promise<void> {
  await client.request(`/store/companies/me/carts/${encodeURIComponent(cartId)}/trade-details`, {
    method: "POST",
    token,
    body: { company_address_id: body.company_address_id, ...(body.po_number ? { po_number: body.po_number } : {}) },
  });
}

interface OptionLike {
  id: string;
  amount?: number | null;
  calculated_price?: { calculated_amount?: number | null } | null;
}

export function optionAmount(option: OptionLike): number {
  return option.calculated_price?.calculated_amount ?? option.amount ?? Number.POSITIVE_INFINITY;
}

/** The option already on the cart if it is still offered, else the cheapest one. */
export function defaultShippingOption<T extends OptionLike>(
  options: readonly T[],
  current: string | null | undefined,
): T | undefined {
  const kept = options.find((o) => o.id === current);
  if (kept) return kept;
  return [...options].sort((a, b) => optionAmount(a) - optionAmount(b))[0];
}

export function currentShippingOptionId(cart: Pick<HttpTypes.StoreCart, "shipping_methods">): string | null {
  return cart.shipping_methods?.[0]?.shipping_option_id ?? null;
}

/** Makes sure the cart has a delivery method (the cheapest, unless one that still applies is set). */
export async function ensureShippingMethod(
  client: Client,
  token: string,
  cart: HttpTypes.StoreCart,
): Promise<HttpTypes.StoreCart> {
  const options = await client.checkout.shippingOptions(cart.id, { token });
  const current = currentShippingOptionId(cart);
  const option = defaultShippingOption(options, current);
  if (!option || option.id === current) return cart;
  return client.checkout.setShippingMethod(cart.id, option.id, { token });
}

export type PlaceOrderOutcome =
  | { ok: true; orderId: string; displayId: number | null }
  | { ok: false; message: string };

/**
 * Sets the chosen delivery option (if it changed), starts the payment session with the chosen
 * provider and completes the cart. The backend's refusal (spending limit, credit limit, PO
 * number, stock) comes back as BackendRequestError or `{ type: "cart", error }`.
 */
export async function placeOrder(
  client: Client,
  token: string,
  cart: HttpTypes.StoreCart,
  choice: { optionId: string; providerId: string },
): Promise<PlaceOrderOutcome> {
  let current = cart;
  if (currentShippingOptionId(current) !== choice.optionId) {
    current = await client.checkout.setShippingMethod(current.id, choice.optionId, { token });
  }
  await client.checkout.initiatePayment(current, choice.providerId, { token });
  const result: CompleteCartResult = await client.checkout.complete(current.id, { token });
  if (result.type === "order")
    return { ok: true, orderId: result.order.id, displayId: result.order.display_id ?? null };
  return { ok: false, message: result.error?.message ?? "Your order could not be placed." };
}
