import { BackendRequestError, BackendUnavailableError, NotFoundError } from "@hybrid/storefront-kit";
import { describe, expect, it, vi } from "vitest";
import {
  decideApproval,
  getCartApproval,
  listApprovals,
  normalizeApproval,
  normalizeSettings,
  saveApprovalSettings,
} from "./approvals";

describe("getCartApproval", () => {
  it("reads the requirement, the latest request and whether it is valid", async () => {
    const client = {
      request: vi.fn().mockResolvedValue({
        requirement: { required: true, reasons: [{ code: "amount", message: "Over €1,000.00" }] },
        approval: {
          id: "apreq_1",
          status: "approved",
          amount: "1200.5",
          items: [{ title: "Huila", quantity: 2, unit_price: 10 }],
        },
        valid: true,
      }),
    };
    const result = await getCartApproval(client as never, "t", "cart_1");
    expect(client.request).toHaveBeenCalledWith("/store/carts/cart_1/approval", { token: "t" });
    expect(result?.requirement).toEqual({ required: true, reasons: [{ code: "amount", message: "Over €1,000.00" }] });
    expect(result?.approval).toMatchObject({
      id: "apreq_1",
      status: "approved",
      amount: 1200.5,
      items: [{ title: "Huila", subtotal: 20 }],
    });
    expect(result?.valid).toBe(true);
  });

  it("means no approval rules for customers outside a company (404) or without access (403)", async () => {
    for (const error of [new NotFoundError("Company not found"), new BackendRequestError("Forbidden", 403)]) {
      const client = { request: vi.fn().mockRejectedValue(error) };
      expect(await getCartApproval(client as never, "t", "cart_1")).toBeNull();
    }
  });

  it("lets an unreachable backend through (the 503 page)", async () => {
    const client = { request: vi.fn().mockRejectedValue(new BackendUnavailableError()) };
    await expect(getCartApproval(client as never, "t", "cart_1")).rejects.toBeInstanceOf(BackendUnavailableError);
  });
});

describe("inbox and decisions", () => {
  it("lists one tab with its page and reads the counts", async () => {
    const client = {
      request: vi.fn().mockResolvedValue({
        approvals: [{ id: "apreq_1", status: "pending" }],
        count: 1,
        counts: { pending: 1, approved: 4 },
      }),
    };
    const result = await listApprovals(client as never, "t", { status: "pending", limit: 20, offset: 0 });
    expect(client.request).toHaveBeenCalledWith("/store/approvals", {
      token: "t",
      query: { status: "pending", limit: 20, offset: 0 },
    });
    expect(result.counts).toEqual({ pending: 1, approved: 4, rejected: 0 });
  });

  it("posts approve and reject to their routes", async () => {
    const client = { request: vi.fn().mockResolvedValue({ approval: { id: "apreq_1", status: "rejected" } }) };
    await decideApproval(client as never, "t", "apreq_1", "reject", { comment: "No" });
    expect(client.request).toHaveBeenCalledWith("/store/approvals/apreq_1/reject", {
      method: "POST",
      token: "t",
      body: { comment: "No" },
    });
  });

  it("reads a decided request's people and comments", () => {
    const approval = normalizeApproval({
      id: "a",
      status: "rejected",
      decided_by: { customer_id: "cus_2", name: "Al" },
      decision_comment: "Too much",
      requested_by: { customer_id: "cus_1" },
    });
    expect(approval.decided_by).toEqual({ customer_id: "cus_2", name: "Al" });
    expect(approval.decision_comment).toBe("Too much");
    expect(approval.requested_by).toEqual({ customer_id: "cus_1", name: null, email: null });
  });
});

describe("settings", () => {
  it("keeps known roles only and reads the threshold as a number", () => {
    expect(
      normalizeSettings({
        amount_threshold: "1000",
        currency_code: "eur",
        amount_applies_to: ["buyer", "owner"],
        always_roles: ["approver"],
      }),
    ).toEqual({
      amount_threshold: 1000,
      currency_code: "eur",
      amount_applies_to: ["buyer"],
      always_roles: ["approver"],
    });
    expect(normalizeSettings({}, "usd")).toEqual({
      amount_threshold: null,
      currency_code: "usd",
      amount_applies_to: ["buyer"],
      always_roles: [],
    });
  });

  it("saves the whole rule set", async () => {
    const client = { request: vi.fn().mockResolvedValue({ settings: { amount_threshold: null } }) };
    await saveApprovalSettings(client as never, "t", {
      amount_threshold: null,
      amount_applies_to: ["buyer"],
      always_roles: [],
    });
    expect(client.request).toHaveBeenCalledWith("/store/approvals/settings", {
      method: "POST",
      token: "t",
      body: { amount_threshold: null, amount_applies_to: ["buyer"], always_roles: [] },
    });
  });
});
