/**
 * Company orders (`/store/companies/me/orders`): the backend scopes them (admins, approvers and
 * viewers see the company's, buyers their own). Each carries the PO number, payment terms and due
 * date the order.placed subscriber writes into its metadata (a moment after placing).
 */
import { isNotFound, type StorefrontClient } from "@hybrid/storefront-kit";
import type { HttpTypes } from "@medusajs/types";
import { toAmount } from "../company/amounts";

type Client = Pick<StorefrontClient, "request">;

export interface OrderEmployee {
  id?: string;
  customer?: { email?: string | null; first_name?: string | null; last_name?: string | null } | null;
}

export type CompanyOrder = HttpTypes.StoreOrder & {
  po_number?: string | null;
  payment_terms?: string | null;
  due_date?: string | null;
  /** Placed on account (the plugin's ledger says so); settled_at once the merchant marked it paid. */
  on_account?: boolean | null;
  settled_at?: string | null;
  employee?: OrderEmployee | null;
};

/** The trade facts of an order, from its top-level fields or, failing that, its metadata. */
export interface OrderTradeFacts {
  poNumber: string | null;
  paymentTerms: string | null;
  dueDate: string | null;
  onAccount: boolean;
  /** An order on account the merchant has marked paid. */
  settled: boolean;
  placedBy: string | null;
}

const str = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v : null);

export function tradeFacts(order: CompanyOrder): OrderTradeFacts {
  const meta = (order.metadata ?? {}) as Record<string, unknown>;
  const paymentTerms = str(order.payment_terms) ?? str(meta.payment_terms);
  const dueDate = str(order.due_date) ?? str(meta.due_date);
  const customer = order.employee?.customer;
  const name = customer
    ? [customer.first_name, customer.last_name].filter(Boolean).join(" ") || customer.email || null
    : null;
  return {
    poNumber: str(order.po_number) ?? str(meta.po_number),
    paymentTerms,
    dueDate,
    onAccount:
      typeof order.on_account === "boolean"
        ? order.on_account
        : Boolean(dueDate) || (paymentTerms !== null && paymentTerms !== "prepaid"),
    settled: Boolean(order.settled_at),
    placedBy: name,
  };
}

/** True once the backend has written the trade facts (the subscriber runs just after placing). */
export function hasTradeFacts(order: CompanyOrder): boolean {
  const meta = (order.metadata ?? {}) as Record<string, unknown>;
  return Boolean(str(order.payment_terms) ?? str(meta.payment_terms));
}

export const ORDERS_PAGE_SIZE = 20;

export async function listCompanyOrders(
  client: Client,
  token: string,
  page: { limit: number; offset: number },
): Promise<{ orders: CompanyOrder[]; count: number }> {
  const r = await client.request<{ orders: CompanyOrder[]; count?: number }>("/store/companies/me/orders", {
    token,
    // Newest first is the route's own order (it accepts no `order` parameter).
    query: { limit: page.limit, offset: page.offset },
  });
  return { orders: r.orders, count: r.count ?? r.orders.length };
}

/**
 * One company order, or null when it is not one the customer may see. Uses the scoped detail
 * route; if the backend has none, pages through the scoped list (never the unscoped
 * /store/orders/:id, which answers for any id).
 */
export async function getCompanyOrder(client: Client, token: string, id: string): Promise<CompanyOrder | null> {
  try {
    const r = await client.request<{ order: CompanyOrder }>(`/store/companies/me/orders/${encodeURIComponent(id)}`, {
      token,
    });
    return r.order;
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
  for (let offset = 0; offset < 1000; offset += 100) {
    const { orders, count } = await listCompanyOrders(client, token, { limit: 100, offset });
    const found = orders.find((o) => o.id === id);
    if (found) return found;
    if (offset + 100 >= count || orders.length === 0) break;
  }
  return null;
}

/** Puts the order's lines into the cart (`cartId`) or a new cart; returns the cart id. */
export async function reorder(
  client: Client,
  token: string,
  orderId: string,
  cartId: string | undefined,
): Promise<string> {
  const r = await client.request<{ cart: { id: string } }>(
    `/store/companies/me/orders/${encodeURIComponent(orderId)}/reorder`,
    {
      method: "POST",
      token,
      body: cartId ? { cart_id: cartId } : {},
    },
  );
  return r.cart.id;
}

export function orderTotal(order: CompanyOrder): number {
  return toAmount(order.total) ?? 0;
}

const STATUS_LABELS: Record<string, string> = {
  pending: "Received",
  completed: "Completed",
  canceled: "Cancelled",
  archived: "Archived",
  requires_action: "Needs attention",
  draft: "Draft",
};
const PAYMENT_LABELS: Record<string, string> = {
  authorized: "Payment pending",
  captured: "Paid",
  partially_captured: "Partly paid",
  not_paid: "Not paid",
  awaiting: "Awaiting payment",
  refunded: "Refunded",
  canceled: "Payment cancelled",
};

export const orderStatusLabel = (status: string | null | undefined) =>
  status ? (STATUS_LABELS[status] ?? status) : "—";
export const paymentStatusLabel = (status: string | null | undefined) =>
  status ? (PAYMENT_LABELS[status] ?? status) : "—";
