/**
 * What the "Accept offer" form offers: the company's delivery addresses and, where they can be
 * known, the delivery options. Medusa lists delivery options per cart only, and the order's cart
 * does not exist until the backend accepts; the buyer's open cart in the quote's region stands in
 * (same region, same options). Without one, the form offers "the cheapest available option",
 * which the backend picks for the address when it places the order.
 */
import { siteCookies, type StorefrontClient } from "@hybrid/storefront-kit";
import type { AstroCookies } from "astro";

type Client = Pick<StorefrontClient, "carts" | "checkout">;

export interface DeliveryChoice {
  id: string;
  name: string;
  amount: number | null;
}

export async function quoteDeliveryOptions(
  client: Client,
  context: { cookies: AstroCookies; url: URL; token: string; buyerId: string; regionId: string | null },
): Promise<DeliveryChoice[]> {
  const cartId = siteCookies("trade", context.cookies, context.url).cart.get();
  if (!cartId || !context.regionId) return [];
  try {
    const cart = await client.carts.get(cartId, {
      token: context.token,
      fields: "id,region_id,completed_at,customer_id",
    });
    if (
      cart.completed_at ||
      cart.region_id !== context.regionId ||
      (cart.customer_id && cart.customer_id !== context.buyerId)
    )
      return [];
    const options = await client.checkout.shippingOptions(cart.id, { token: context.token });
    return options.map((option) => {
      const raw = option as { calculated_price?: { calculated_amount?: number | null } | null; amount?: number | null };
      const amount = raw.calculated_price?.calculated_amount ?? raw.amount ?? null;
      return {
        id: option.id,
        name: option.name,
        amount: typeof amount === "number" && Number.isFinite(amount) ? amount : null,
      };
    });
  } catch {
    // Only a convenience: without options the backend chooses the cheapest.
    return [];
  }
}

/** Who may accept or reject an offer: its requester, or a company administrator (backend-enforced). */
export function mayAnswerOffer(
  quote: { requested_by: { customer_id: string } },
  viewer: { customerId: string; role: string },
): boolean {
  if (viewer.role === "viewer") return false;
  return quote.requested_by.customer_id === viewer.customerId || viewer.role === "admin";
}
