import { BackendRequestError, NotFoundError } from "@hybrid/storefront-kit";
import { describe, expect, it } from "vitest";
import { fakeRequestClient, formData, requestsMade } from "../../test/fakes";
import { handleApprovalDecisionPost } from "./approval-page";

describe("handleApprovalDecisionPost", () => {
  it("approves with the comment and goes back to the request with 'approved'", async () => {
    const client = fakeRequestClient();
    client.request.mockResolvedValue({ approval: {} });
    expect(
      await handleApprovalDecisionPost(
        client,
        "tok",
        "appr_1",
        formData({ intent: "approve", approve_comment: "OK for March" }),
      ),
    ).toEqual({
      kind: "done",
      location: "/approvals/appr_1?done=approved",
    });
    expect(requestsMade(client)).toEqual([["POST", "/store/approvals/appr_1/approve"]]);
    expect(client.request.mock.calls[0]?.[1]?.body).toEqual({ comment: "OK for March" });
  });

  it("rejects with the reason and goes back with 'rejected'", async () => {
    const client = fakeRequestClient();
    client.request.mockResolvedValue({ approval: {} });
    expect(
      await handleApprovalDecisionPost(
        client,
        "tok",
        "appr_1",
        formData({ intent: "reject", reject_comment: "Too much" }),
      ),
    ).toEqual({
      kind: "done",
      location: "/approvals/appr_1?done=rejected",
    });
    expect(requestsMade(client)).toEqual([["POST", "/store/approvals/appr_1/reject"]]);
  });

  it("answers 400 when a rejection gives no reason, naming the reason field", async () => {
    const client = fakeRequestClient();
    expect(
      await handleApprovalDecisionPost(client, "tok", "appr_1", formData({ intent: "reject", reject_comment: " " })),
    ).toMatchObject({
      kind: "failed",
      status: 400,
      failure: { decision: "reject", errors: { reject_comment: "Say why you reject the cart: the buyer reads it." } },
    });
    expect(client.request).not.toHaveBeenCalled();
  });

  it("shows the backend's refusal (e.g. decided meanwhile) with the comment kept", async () => {
    const client = fakeRequestClient();
    client.request.mockRejectedValue(new BackendRequestError("This request was already approved", 409));
    expect(
      await handleApprovalDecisionPost(
        client,
        "tok",
        "appr_1",
        formData({ intent: "approve", approve_comment: "fine" }),
      ),
    ).toEqual({
      kind: "failed",
      status: 409,
      failure: {
        decision: "approve",
        errors: { general: "This request was already approved" },
        values: { approve_comment: "fine" },
      },
    });
  });

  it("is a 404 when the request is not visible to this buyer", async () => {
    const client = fakeRequestClient();
    client.request.mockRejectedValue(new NotFoundError());
    expect(await handleApprovalDecisionPost(client, "tok", "appr_1", formData({ intent: "approve" }))).toEqual({
      kind: "not-found",
    });
  });
});
