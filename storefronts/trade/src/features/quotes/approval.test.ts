import { BackendRequestError, NotFoundError } from "@hybrid/storefront-kit";
import { describe, expect, it, vi } from "vitest";
import { approvalRequest, cartApproval } from "../../test/approvals";
import type { ApprovalRequest, ApprovalSettings } from "../approvals/types";
import {
  approvalWithdrawal,
  estimateApprovalRequirement,
  isApprovalRefusal,
  loadQuoteApproval,
  mayAcceptNow,
  quoteApprovalSource,
  quoteApprovalState,
  quoteApprovalSummary,
  stateAfterAcceptRefusal,
  withdrawalRefusalMessage,
} from "./approval";

const money = (amount: number) => `€${amount.toFixed(2)}`;
const settings = (extra: Partial<ApprovalSettings> = {}): ApprovalSettings => ({
  amount_threshold: 250,
  currency_code: "eur",
  amount_applies_to: ["buyer"],
  always_roles: [],
  ...extra,
});
const request = (status: ApprovalRequest["status"], extra: Partial<ApprovalRequest> = {}) =>
  approvalRequest(status, { cart_id: "cart_acc", amount: 1320, ...extra });
const reasons = [{ code: "amount", message: "Over €250.00 net" }];
const cart = (required: boolean, approval: ApprovalRequest | null, valid = false) =>
  cartApproval(reasons, required, approval, valid);

describe("quoteApprovalSource", () => {
  it("asks nothing unless the offer is open and the caller may accept it", () => {
    expect(quoteApprovalSource({ accept_cart_id: "cart_acc" }, { open: false, mayAnswer: true })).toEqual({
      kind: "skip",
    });
    expect(quoteApprovalSource({ accept_cart_id: null }, { open: true, mayAnswer: false })).toEqual({ kind: "skip" });
  });

  it("asks the accept cart once there is one, the company's rules before", () => {
    expect(quoteApprovalSource({ accept_cart_id: "cart_acc" }, { open: true, mayAnswer: true })).toEqual({
      kind: "cart",
      cartId: "cart_acc",
    });
    expect(quoteApprovalSource({ accept_cart_id: null }, { open: true, mayAnswer: true })).toEqual({ kind: "rules" });
  });
});

describe("estimateApprovalRequirement", () => {
  it("needs approval above the threshold (strictly) for the roles it applies to", () => {
    const above = estimateApprovalRequirement({ settings: settings(), role: "buyer", amount: 250.01, money });
    expect(above).toEqual({
      required: true,
      reasons: [
        {
          code: "amount",
          message: "The offer's value of €250.01 (net) is above your company's approval limit of €250.00 for buyers.",
        },
      ],
    });
    expect(estimateApprovalRequirement({ settings: settings(), role: "buyer", amount: 250, money }).required).toBe(
      false,
    );
    expect(estimateApprovalRequirement({ settings: settings(), role: "admin", amount: 10_000, money }).required).toBe(
      false,
    );
    expect(
      estimateApprovalRequirement({ settings: settings({ amount_threshold: 0 }), role: "buyer", amount: 0.01, money })
        .required,
    ).toBe(true);
  });

  it("needs nothing without an amount rule, settings or company role", () => {
    expect(
      estimateApprovalRequirement({ settings: settings({ amount_threshold: null }), role: "buyer", amount: 1e9, money })
        .required,
    ).toBe(false);
    expect(estimateApprovalRequirement({ settings: null, role: "buyer", amount: 1e9, money }).required).toBe(false);
    expect(estimateApprovalRequirement({ settings: settings(), role: null, amount: 1e9, money }).required).toBe(false);
  });

  it("always needs approval for the always-roles, whatever the amount, and gives both reasons", () => {
    const small = estimateApprovalRequirement({
      settings: settings({ always_roles: ["approver"] }),
      role: "approver",
      amount: 1,
      money,
    });
    expect(small).toEqual({
      required: true,
      reasons: [{ code: "role", message: "Your company requires approval for every order placed by approvers." }],
    });
    const both = estimateApprovalRequirement({
      settings: settings({ always_roles: ["buyer"] }),
      role: "buyer",
      amount: 300,
      money,
    });
    expect(both.reasons.map((r) => r.code)).toEqual(["amount", "role"]);
  });
});

describe("quoteApprovalState", () => {
  it("follows the accept cart's approval like the cart page", () => {
    expect(quoteApprovalState({ cart: cart(true, request("pending")), estimate: null })).toMatchObject({
      kind: "pending",
    });
    expect(quoteApprovalState({ cart: cart(true, request("approved"), true), estimate: null })).toMatchObject({
      kind: "approved",
    });
    expect(quoteApprovalState({ cart: cart(true, request("rejected")), estimate: null })).toMatchObject({
      kind: "needed",
      because: "rejected",
    });
    expect(quoteApprovalState({ cart: cart(true, request("approved"), false), estimate: null })).toMatchObject({
      kind: "needed",
      because: "changed",
    });
    expect(quoteApprovalState({ cart: cart(false, null), estimate: { required: true, reasons } })).toEqual({
      kind: "none",
    });
  });

  it("uses the estimate before there is an accept cart", () => {
    expect(quoteApprovalState({ cart: null, estimate: { required: true, reasons } })).toEqual({
      kind: "needed",
      because: "new",
      reasons,
      last: null,
    });
    expect(quoteApprovalState({ cart: null, estimate: { required: false, reasons: [] } })).toEqual({ kind: "none" });
    expect(quoteApprovalState({ cart: null, estimate: null })).toEqual({ kind: "none" });
  });

  it("offers 'Accept offer' only without rules or with a valid approval", () => {
    expect(mayAcceptNow({ kind: "none" })).toBe(true);
    expect(mayAcceptNow({ kind: "approved", approval: request("approved") })).toBe(true);
    expect(mayAcceptNow({ kind: "pending", approval: request("pending") })).toBe(false);
    expect(mayAcceptNow({ kind: "needed", because: "new", reasons, last: null })).toBe(false);
  });

  it("says an approver decides in Approvals while pending", () => {
    expect(quoteApprovalSummary({ kind: "pending", approval: request("pending") })).toEqual({
      title: "Awaiting approval",
      message: expect.stringContaining("decides in Approvals"),
    });
    expect(
      quoteApprovalSummary({ kind: "needed", because: "rejected", reasons: [], last: request("rejected") }).title,
    ).toBe("Approval was rejected");
    expect(quoteApprovalSummary({ kind: "needed", because: "new", reasons: [], last: null }).title).toBe(
      "Approval needed",
    );
  });
});

describe("stateAfterAcceptRefusal", () => {
  const refusal = {
    status: 403,
    message: "This cart needs approval: submit it to your company's approvers before placing the order.",
  };

  it("believes the backend's approval refusal over the estimate", () => {
    expect(isApprovalRefusal(refusal)).toBe(true);
    expect(stateAfterAcceptRefusal({ kind: "none" }, refusal)).toEqual({
      kind: "needed",
      because: "new",
      reasons: [],
      last: null,
    });
    const approved = request("approved");
    expect(
      stateAfterAcceptRefusal(
        { kind: "approved", approval: approved },
        { status: 403, message: "This cart changed since it was approved — submit it again." },
      ),
    ).toEqual({
      kind: "needed",
      because: "changed",
      reasons: [],
      last: approved,
    });
    const pending = { kind: "pending" as const, approval: request("pending") };
    expect(stateAfterAcceptRefusal(pending, { status: 403, message: "This cart is awaiting approval" })).toBe(pending);
  });

  it("leaves other refusals alone", () => {
    expect(isApprovalRefusal({ status: 409, message: "Quote #7 is already accepted" })).toBe(false);
    expect(isApprovalRefusal({ status: 403, message: "Your spending limit is exceeded" })).toBe(false);
    expect(stateAfterAcceptRefusal({ kind: "none" }, { status: 409, message: "Quote #7 is already accepted" })).toEqual(
      { kind: "none" },
    );
  });
});

describe("loadQuoteApproval", () => {
  const quote = (accept_cart_id: string | null) => ({ accept_cart_id, totals: { subtotal: 1320 } });
  const context = { open: true, mayAnswer: true, role: "buyer" as const, money };
  const client = (table: Record<string, unknown>) => ({
    request: vi.fn(async (path: string) => {
      const answer = table[path];
      if (answer instanceof Error) throw answer;
      if (answer === undefined) throw new Error(`unexpected ${path}`);
      return answer;
    }),
  });

  it("asks the rules and the offered subtotal before there is an accept cart", async () => {
    const c = client({ "/store/approvals/settings": { settings: settings() } });
    const state = await loadQuoteApproval(c as never, "t", quote(null), context);
    expect(state).toMatchObject({ kind: "needed", because: "new", reasons: [{ code: "amount" }] });
    expect(c.request).toHaveBeenCalledWith("/store/approvals/settings", { token: "t" });
  });

  it("asks the accept cart's approval when there is one, without the rules", async () => {
    const c = client({ "/store/carts/cart_acc/approval": cart(true, request("pending")) });
    expect(await loadQuoteApproval(c as never, "t", quote("cart_acc"), context)).toMatchObject({
      kind: "pending",
      approval: { id: "apreq_1" },
    });
    expect(c.request).toHaveBeenCalledTimes(1);
  });

  it("falls back to the rules when the accept cart is not the caller's (404)", async () => {
    const c = client({
      "/store/carts/cart_acc/approval": new NotFoundError(),
      "/store/approvals/settings": { settings: settings({ always_roles: ["admin"] }) },
    });
    expect(await loadQuoteApproval(c as never, "t", quote("cart_acc"), { ...context, role: "admin" })).toMatchObject({
      kind: "needed",
      reasons: [{ code: "role" }],
    });
  });

  it("counts rules it cannot read as none, asks nothing for a closed offer, and lets other failures through", async () => {
    expect(
      await loadQuoteApproval(
        client({ "/store/approvals/settings": new NotFoundError() }) as never,
        "t",
        quote(null),
        context,
      ),
    ).toEqual({ kind: "none" });
    expect(
      await loadQuoteApproval(
        client({ "/store/approvals/settings": new BackendRequestError("Forbidden", 403) }) as never,
        "t",
        quote(null),
        context,
      ),
    ).toEqual({ kind: "none" });
    const idle = client({});
    expect(await loadQuoteApproval(idle as never, "t", quote(null), { ...context, open: false })).toEqual({
      kind: "none",
    });
    expect(idle.request).not.toHaveBeenCalled();
    await expect(
      loadQuoteApproval(client({ "/store/approvals/settings": new Error("boom") }) as never, "t", quote(null), context),
    ).rejects.toThrow("boom");
  });
});

describe("approvalWithdrawal", () => {
  const context = { acceptCartId: "cart_acc", customerId: "cus_1" };

  it("withdraws the submitter's pending request from the accept cart", () => {
    expect(approvalWithdrawal({ kind: "pending", approval: request("pending") }, context)).toEqual({
      ok: true,
      cartId: "cart_acc",
    });
  });

  it("refuses someone else's pending request (403)", () => {
    const theirs = request("pending", { requested_by: { customer_id: "cus_2", name: "Cy", email: null } });
    expect(approvalWithdrawal({ kind: "pending", approval: theirs }, context)).toEqual({
      ok: false,
      status: 403,
      message: "Only the person who submitted this approval request can withdraw it.",
    });
  });

  it("has nothing to withdraw unless a request is pending on an accept cart (409)", () => {
    const nothing = { ok: false, status: 409, message: "This order has no pending approval request to withdraw." };
    expect(approvalWithdrawal({ kind: "none" }, context)).toEqual(nothing);
    expect(approvalWithdrawal({ kind: "approved", approval: request("approved") }, context)).toEqual(nothing);
    expect(
      approvalWithdrawal({ kind: "needed", because: "rejected", reasons: [], last: request("rejected") }, context),
    ).toEqual(nothing);
    expect(
      approvalWithdrawal({ kind: "pending", approval: request("pending") }, { ...context, acceptCartId: null }),
    ).toEqual(nothing);
  });
});

describe("withdrawalRefusalMessage", () => {
  it("shows the backend's message, but says who can withdraw for its 404 (not the cart's owner)", () => {
    expect(
      withdrawalRefusalMessage({
        status: 409,
        message: "This approval was decided a moment ago and can no longer be withdrawn.",
      }),
    ).toBe("This approval was decided a moment ago and can no longer be withdrawn.");
    expect(withdrawalRefusalMessage({ status: 404, message: "Cart id not found: cart_acc" })).toBe(
      "Only the person who submitted this approval request can withdraw it.",
    );
    expect(withdrawalRefusalMessage({ status: 400, message: "" })).toBe("The approval request could not be withdrawn.");
  });
});
