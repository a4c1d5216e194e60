/**
 * What the cart and checkout make of `GET /store/carts/:id/approval`: whether the cart is locked,
 * whether it may go to checkout, and what to tell the buyer. The backend enforces the same at
 * every step (cart edits answer 409 while a request is pending; completion answers 403 unless a
 * matching approval exists); this only decides what to show.
 */
import type { ApprovalReason, ApprovalRequest, CartApproval } from "./types";

/** Why a cart that needs approval cannot go to checkout yet. */
export type NeededBecause = "new" | "rejected" | "changed" | "withdrawn";

export type CartApprovalState =
  /** No approval needed (or the buyer's company has no rules): order as usual. */
  | { kind: "none" }
  | { kind: "needed"; because: NeededBecause; reasons: ApprovalReason[]; last: ApprovalRequest | null }
  | { kind: "pending"; approval: ApprovalRequest }
  | { kind: "approved"; approval: ApprovalRequest };

export function cartApprovalState(data: CartApproval | null): CartApprovalState {
  if (!data) return { kind: "none" };
  const last = data.approval;
  // A pending request locks the cart even if the rules changed meanwhile: it must be withdrawn.
  if (last?.status === "pending") return { kind: "pending", approval: last };
  if (last?.status === "approved" && data.valid) return { kind: "approved", approval: last };
  if (!data.requirement.required) return { kind: "none" };
  const because: NeededBecause =
    last?.status === "rejected"
      ? "rejected"
      : last?.status === "approved"
        ? "changed"
        : last?.status === "withdrawn"
          ? "withdrawn"
          : "new";
  return { kind: "needed", because, reasons: data.requirement.reasons, last };
}

/** The cart's edit forms are disabled while a request waits for a decision. */
export const isCartLocked = (state: CartApprovalState): boolean => state.kind === "pending";

/** Checkout is open without approval rules, or with a valid approval. */
export const mayCheckout = (state: CartApprovalState): boolean => state.kind === "none" || state.kind === "approved";

/** Heading and sentence for the cart's approval panel and the checkout's refusal. */
export function approvalSummary(state: CartApprovalState): { title: string; message: string } {
  switch (state.kind) {
    case "none":
      return { title: "No approval needed", message: "Your company's rules do not require approval for this order." };
    case "pending":
      return {
        title: "Awaiting approval",
        message:
          "This cart was submitted for approval. It is locked until an approver decides: withdraw the request to change it.",
      };
    case "approved":
      return {
        title: "Approved",
        message:
          "This cart is approved: you can place the order. Changing lines or quantities now voids the approval, and the cart would need approval again.",
      };
    case "needed":
      switch (state.because) {
        case "rejected":
          return {
            title: "Approval was rejected",
            message: "The approval request for this cart was rejected. Change the cart if needed and submit it again.",
          };
        case "changed":
          return {
            title: "Approval needed again",
            message: "The cart changed since it was approved: submit it again.",
          };
        case "withdrawn":
        case "new":
          return {
            title: "Approval needed",
            message: "Your company needs this order approved before it can be placed.",
          };
      }
  }
}

/** `GET /store/carts/:id/approval` read defensively. */
export function normalizeCartApproval(
  raw: Record<string, unknown>,
  normalizeRequest: (raw: Record<string, unknown>) => ApprovalRequest,
): CartApproval {
  const requirement = (raw.requirement ?? {}) as Record<string, unknown>;
  const reasons = Array.isArray(requirement.reasons)
    ? (requirement.reasons as ApprovalReason[]).filter((r) => r && typeof r.message === "string")
    : [];
  return {
    requirement: { required: requirement.required === true, reasons },
    approval:
      raw.approval && typeof raw.approval === "object"
        ? normalizeRequest(raw.approval as Record<string, unknown>)
        : null,
    valid: raw.valid === true,
  };
}
