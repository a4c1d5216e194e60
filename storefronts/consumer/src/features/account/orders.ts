/** How an order of the history reads: status, shipments and tracking, in words a customer knows. */
import type { HttpTypes } from "@medusajs/types";

const FULFILMENT: Record<string, string> = {
  not_fulfilled: "Being prepared",
  partially_fulfilled: "Partly packed",
  fulfilled: "Packed",
  partially_shipped: "Partly shipped",
  shipped: "Shipped",
  partially_delivered: "Partly delivered",
  delivered: "Delivered",
  canceled: "Canceled",
};

export function orderStatusLabel(order: Pick<HttpTypes.StoreOrder, "status" | "fulfillment_status">): string {
  if (order.status === "canceled") return "Canceled";
  return FULFILMENT[order.fulfillment_status ?? ""] ?? "Received";
}

export type Shipment = {
  id: string;
  shippedAt: string | null;
  deliveredAt: string | null;
  tracking: { number: string; url: string | null }[];
};

type FulfillmentLike = {
  id: string;
  shipped_at?: string | Date | null;
  delivered_at?: string | Date | null;
  canceled_at?: string | Date | null;
  labels?: ({ tracking_number?: string | null; tracking_url?: string | null } | null)[] | null;
};

const iso = (value: string | Date | null | undefined) => (value ? new Date(value).toISOString() : null);

/** The order's shipments (not canceled) with their tracking numbers and links (http(s) only). */
export function shipmentsOf(order: { fulfillments?: FulfillmentLike[] | null }): Shipment[] {
  return (order.fulfillments ?? [])
    .filter((f) => f && !f.canceled_at)
    .map((f) => ({
      id: f.id,
      shippedAt: iso(f.shipped_at),
      deliveredAt: iso(f.delivered_at),
      tracking: (f.labels ?? [])
        .filter((l): l is { tracking_number?: string | null; tracking_url?: string | null } => !!l?.tracking_number)
        .map((l) => ({
          number: l.tracking_number!,
          url: l.tracking_url && /^https?:\/\//i.test(l.tracking_url) ? l.tracking_url : null,
        })),
    }));
}

/** The lines of a past order that can be ordered again: variant and quantity. */
export function reorderLines(order: Pick<HttpTypes.StoreOrder, "items">): { variantId: string; quantity: number }[] {
  return (order.items ?? [])
    .filter((item) => item.variant_id)
    .map((item) => ({ variantId: item.variant_id!, quantity: Number(item.quantity) }));
}
