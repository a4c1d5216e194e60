import { BackendRequestError } from "@hybrid/storefront-kit";
import { describe, expect, it } from "vitest";
import { fakeRequestClient, formData, requestsMade } from "../../test/fakes";
import { handleApprovalRulesPost } from "./approval-rules-page";

const rules = formData([
  ["amount_threshold", "500"],
  ["amount_applies_to", "buyer"],
  ["always_roles", "approver"],
]);

describe("handleApprovalRulesPost", () => {
  it("saves the rules and goes back with 'saved'", async () => {
    const client = fakeRequestClient();
    client.request.mockResolvedValue({ settings: {} });
    expect(await handleApprovalRulesPost(client, "tok", rules, { editable: true })).toEqual({
      kind: "done",
      location: "/account/approval-rules?saved=1",
    });
    expect(requestsMade(client)).toEqual([["POST", "/store/approvals/settings"]]);
    expect(client.request.mock.calls[0]?.[1]?.body).toEqual({
      amount_threshold: 500,
      amount_applies_to: ["buyer"],
      always_roles: ["approver"],
    });
  });

  it("refuses anyone but an administrator with 403, saving nothing", async () => {
    const client = fakeRequestClient();
    expect(await handleApprovalRulesPost(client, "tok", rules, { editable: false })).toEqual({
      kind: "failed",
      status: 403,
      errors: { general: "Only your company's administrators can change the approval rules." },
      values: null,
    });
    expect(client.request).not.toHaveBeenCalled();
  });

  it("answers 400 when an amount rule names no role, keeping what was entered", async () => {
    const client = fakeRequestClient();
    const result = await handleApprovalRulesPost(client, "tok", formData({ amount_threshold: "500" }), {
      editable: true,
    });
    expect(result).toMatchObject({
      kind: "failed",
      status: 400,
      errors: { amount_applies_to: expect.stringContaining("Choose at least one role") },
      values: { amount_threshold: "500", amount_applies_to: [], always_roles: [] },
    });
    expect(client.request).not.toHaveBeenCalled();
  });

  it("puts the backend's refusal next to the field it names", async () => {
    const client = fakeRequestClient();
    client.request.mockRejectedValue(new BackendRequestError("amount_threshold must be at most 1000000", 400));
    expect(await handleApprovalRulesPost(client, "tok", rules, { editable: true })).toEqual({
      kind: "failed",
      status: 400,
      errors: { amount_threshold: "amount_threshold must be at most 1000000" },
      values: { amount_threshold: "500", amount_applies_to: ["buyer"], always_roles: ["approver"] },
    });
  });
});
