/**
 * The approvals store API as the trade site reads it (plugin @hybrid/approvals). Amounts are net
 * goods values in major units. The backend scopes and enforces every route (approvers and admins
 * decide, never on their own cart); the site only decides what to show.
 */
import type { EmployeeRole } from "../company/types";

export const APPROVAL_STATUSES = ["pending", "approved", "rejected", "withdrawn", "ordered"] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

export interface ApprovalReason {
  code: "amount" | "role" | string;
  message: string;
}

export interface ApprovalItem {
  variant_id: string | null;
  title: string;
  variant_title: string | null;
  sku: string | null;
  quantity: number;
  unit_price: number;
  subtotal: number;
}

export interface ApprovalRequest {
  id: string;
  status: ApprovalStatus;
  cart_id: string;
  company_id: string;
  requested_by: { customer_id: string; name: string | null; email: string | null };
  amount: number;
  currency_code: string;
  items: ApprovalItem[];
  reasons: ApprovalReason[];
  /** The buyer's note to the approver. */
  comment: string | null;
  decided_by: { customer_id: string | null; name: string | null } | null;
  decision_comment: string | null;
  decided_at: string | null;
  order_id: string | null;
  created_at: string;
}

/** `GET /store/carts/:id/approval`. */
export interface CartApproval {
  requirement: { required: boolean; reasons: ApprovalReason[] };
  /** The cart's latest request, any status. */
  approval: ApprovalRequest | null;
  /** Approved, and the cart still has the lines and prices that were approved. */
  valid: boolean;
}

export interface ApprovalCounts {
  pending: number;
  approved: number;
  rejected: number;
}

/** `GET /store/approvals/settings`: the company's approval rules. */
export interface ApprovalSettings {
  /** Net goods value above which a cart needs approval; null = no amount rule. */
  amount_threshold: number | null;
  currency_code: string;
  amount_applies_to: EmployeeRole[];
  always_roles: EmployeeRole[];
}
