import { describe, expect, it } from "vitest";
import { approvalSummary, cartApprovalState, isCartLocked, mayCheckout } from "./cart-state";
import { approvalRequest, cartApproval } from "../../test/approvals";
import type { ApprovalRequest } from "./types";

const request = approvalRequest;
const reasons = [{ code: "amount", message: "Over €1,000.00 net" }];
const data = (required: boolean, approval: ApprovalRequest | null, valid = false) =>
  cartApproval(reasons, required, approval, valid);

describe("cartApprovalState", () => {
  it("needs nothing without rules or data", () => {
    expect(cartApprovalState(null)).toEqual({ kind: "none" });
    expect(cartApprovalState(data(false, null))).toEqual({ kind: "none" });
    expect(cartApprovalState(data(false, request("rejected")))).toEqual({ kind: "none" });
  });

  it("asks for approval, saying why, when required and nothing was asked yet", () => {
    const state = cartApprovalState(data(true, null));
    expect(state).toEqual({ kind: "needed", because: "new", reasons, last: null });
    expect(mayCheckout(state)).toBe(false);
    expect(isCartLocked(state)).toBe(false);
    expect(approvalSummary(state).title).toBe("Approval needed");
  });

  it("locks the cart while pending, even if the rules no longer require it", () => {
    for (const required of [true, false]) {
      const state = cartApprovalState(data(required, request("pending")));
      expect(state.kind).toBe("pending");
      expect(isCartLocked(state)).toBe(true);
      expect(mayCheckout(state)).toBe(false);
    }
  });

  it("opens checkout for a valid approval only", () => {
    const approved = cartApprovalState(data(true, request("approved"), true));
    expect(approved.kind).toBe("approved");
    expect(mayCheckout(approved)).toBe(true);
    const stale = cartApprovalState(data(true, request("approved"), false));
    expect(stale).toMatchObject({ kind: "needed", because: "changed" });
    expect(approvalSummary(stale).message).toMatch(/changed since it was approved/);
  });

  it("shows a rejection with the request that was rejected, and a withdrawal as asking again", () => {
    const rejected = request("rejected", { decision_comment: "Too much this month" });
    expect(cartApprovalState(data(true, rejected))).toEqual({
      kind: "needed",
      because: "rejected",
      reasons,
      last: rejected,
    });
    expect(cartApprovalState(data(true, request("withdrawn")))).toMatchObject({ kind: "needed", because: "withdrawn" });
  });
});
