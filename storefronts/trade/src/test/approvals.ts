import type { ApprovalRequest, CartApproval } from "../features/approvals/types";

/**
 * Approval data as the backend answers it, for the approvals and quotes unit tests: a request of
 * Bea's (no decision yet) and a cart's approval status. Each test file overrides what it asserts on.
 */

/** Approval request apreq_1 in `status`, undecided, without lines or reasons; `extra` overrides fields. */
export const approvalRequest = (
  status: ApprovalRequest["status"],
  extra: Partial<ApprovalRequest> = {},
): ApprovalRequest => ({
  id: "apreq_1",
  status,
  cart_id: "cart_1",
  company_id: "comp_1",
  requested_by: { customer_id: "cus_1", name: "Bea", email: "bea@acme.example" },
  amount: 1200,
  currency_code: "eur",
  items: [],
  reasons: [],
  comment: null,
  decided_by: null,
  decision_comment: null,
  decided_at: null,
  order_id: null,
  created_at: "2026-11-27T10:00:00Z",
  ...extra,
});

/** GET /store/carts/:id/approval: whether the cart needs approval (for `reasons`), its request, and whether it is valid. */
export const cartApproval = (
  reasons: CartApproval["requirement"]["reasons"],
  required: boolean,
  approval: ApprovalRequest | null,
  valid = false,
): CartApproval => ({
  requirement: { required, reasons: required ? reasons : [] },
  approval,
  valid,
});
