/**
 * The approvals store routes: the cart's approval (`/store/carts/:id/approval`), the inbox
 * (`/store/approvals`), decisions and the company's rules (`/store/approvals/settings`). Every
 * call carries the buyer's token; the backend scopes and enforces, the pages show its messages.
 */
import { isBackendRequestError, isNotFound, type StorefrontClient } from "@hybrid/storefront-kit";
import { toAmount } from "../company/amounts";
import { EMPLOYEE_ROLES, type EmployeeRole } from "../company/types";
import { normalizeCartApproval } from "./cart-state";
import { isApprovalStatus, normalizeCounts, type InboxTab } from "./status";
import type { ApprovalCounts, ApprovalItem, ApprovalRequest, ApprovalSettings, CartApproval } from "./types";

type Client = Pick<StorefrontClient, "request">;

export const APPROVALS_PAGE_SIZE = 20;

const str = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);

function normalizeItem(raw: Record<string, unknown>): ApprovalItem {
  const quantity = toAmount(raw.quantity) ?? 0;
  const unit_price = toAmount(raw.unit_price) ?? 0;
  return {
    variant_id: str(raw.variant_id),
    title: str(raw.title) ?? "Item",
    variant_title: str(raw.variant_title),
    sku: str(raw.sku),
    quantity,
    unit_price,
    subtotal: toAmount(raw.subtotal) ?? Math.round(quantity * unit_price * 100) / 100,
  };
}

export function normalizeApproval(raw: Record<string, unknown>): ApprovalRequest {
  const by = (raw.requested_by ?? {}) as Record<string, unknown>;
  const decided =
    raw.decided_by && typeof raw.decided_by === "object" ? (raw.decided_by as Record<string, unknown>) : null;
  return {
    id: String(raw.id ?? ""),
    status: isApprovalStatus(raw.status) ? raw.status : "pending",
    cart_id: String(raw.cart_id ?? ""),
    company_id: String(raw.company_id ?? ""),
    requested_by: { customer_id: String(by.customer_id ?? ""), name: str(by.name), email: str(by.email) },
    amount: toAmount(raw.amount) ?? 0,
    currency_code: str(raw.currency_code) ?? "eur",
    items: Array.isArray(raw.items) ? (raw.items as Array<Record<string, unknown>>).map(normalizeItem) : [],
    reasons: Array.isArray(raw.reasons)
      ? (raw.reasons as ApprovalRequest["reasons"]).filter((r) => r && typeof r.message === "string")
      : [],
    comment: str(raw.comment),
    decided_by: decided ? { customer_id: str(decided.customer_id), name: str(decided.name) } : null,
    decision_comment: str(raw.decision_comment),
    decided_at: str(raw.decided_at),
    order_id: str(raw.order_id),
    created_at: String(raw.created_at ?? ""),
  };
}

/**
 * The cart's approval requirement and latest request, or null when the approval rules do not
 * concern this customer (no company: the backend answers 404; no longer allowed: 401/403).
 */
export async function getCartApproval(client: Client, token: string, cartId: string): Promise<CartApproval | null> {
  try {
    const r = await client.request<Record<string, unknown>>(`/store/carts/${encodeURIComponent(cartId)}/approval`, {
      token,
    });
    return normalizeCartApproval(r, normalizeApproval);
  } catch (error) {
    if (isNotFound(error)) return null;
    if (isBackendRequestError(error) && (error.status === 401 || error.status === 403)) return null;
    throw error;
  }
}

/** Submits the cart for approval (it is locked until a decision or withdrawal). */
export async function submitForApproval(
  client: Client,
  token: string,
  cartId: string,
  body: { comment?: string },
): Promise<ApprovalRequest> {
  const r = await client.request<{ approval: Record<string, unknown> }>(
    `/store/carts/${encodeURIComponent(cartId)}/approval`,
    { method: "POST", token, body },
  );
  return normalizeApproval(r.approval);
}

export async function withdrawApproval(client: Client, token: string, cartId: string): Promise<ApprovalRequest> {
  const r = await client.request<{ approval: Record<string, unknown> }>(
    `/store/carts/${encodeURIComponent(cartId)}/approval`,
    { method: "DELETE", token },
  );
  return normalizeApproval(r.approval);
}

export async function listApprovals(
  client: Client,
  token: string,
  params: { status: InboxTab; limit: number; offset: number },
): Promise<{ approvals: ApprovalRequest[]; count: number; counts: ApprovalCounts }> {
  const r = await client.request<{ approvals?: Array<Record<string, unknown>>; count?: number; counts?: unknown }>(
    "/store/approvals",
    {
      token,
      query: { status: params.status, limit: params.limit, offset: params.offset },
    },
  );
  const approvals = (r.approvals ?? []).map(normalizeApproval);
  return { approvals, count: r.count ?? approvals.length, counts: normalizeCounts(r.counts) };
}

/** Just the counts (the header badge): one row asked for, nothing else read. */
export async function approvalCounts(client: Client, token: string): Promise<ApprovalCounts> {
  const r = await client.request<{ counts?: unknown }>("/store/approvals", {
    token,
    query: { status: "pending", limit: 1, offset: 0 },
  });
  return normalizeCounts(r.counts);
}

export async function getApproval(client: Client, token: string, id: string): Promise<ApprovalRequest> {
  const r = await client.request<{ approval: Record<string, unknown> }>(`/store/approvals/${encodeURIComponent(id)}`, {
    token,
  });
  return normalizeApproval(r.approval);
}

export async function decideApproval(
  client: Client,
  token: string,
  id: string,
  decision: "approve" | "reject",
  body: { comment?: string },
): Promise<ApprovalRequest> {
  const r = await client.request<{ approval: Record<string, unknown> }>(
    `/store/approvals/${encodeURIComponent(id)}/${decision}`,
    { method: "POST", token, body },
  );
  return normalizeApproval(r.approval);
}

const roles = (value: unknown, fallback: EmployeeRole[]): EmployeeRole[] =>
  Array.isArray(value) ? EMPLOYEE_ROLES.filter((role) => value.includes(role)) : fallback;

export function normalizeSettings(raw: Record<string, unknown>, fallbackCurrency = "eur"): ApprovalSettings {
  return {
    amount_threshold: toAmount(raw.amount_threshold),
    currency_code: str(raw.currency_code) ?? fallbackCurrency,
    amount_applies_to: roles(raw.amount_applies_to, ["buyer"]),
    always_roles: roles(raw.always_roles, []),
  };
}

export async function getApprovalSettings(client: Client, token: string): Promise<ApprovalSettings> {
  const r = await client.request<{ settings: Record<string, unknown> }>("/store/approvals/settings", { token });
  return normalizeSettings(r.settings ?? {});
}

export async function saveApprovalSettings(
  client: Client,
  token: string,
  body: { amount_threshold: number | null; amount_applies_to: EmployeeRole[]; always_roles: EmployeeRole[] },
): Promise<ApprovalSettings> {
  const r = await client.request<{ settings: Record<string, unknown> }>("/store/approvals/settings", {
    method: "POST",
    token,
    body,
  });
  return normalizeSettings(r.settings ?? {});
}
