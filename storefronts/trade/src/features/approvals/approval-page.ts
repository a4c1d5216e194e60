/**
 * The approval request page's POST (`/approvals/[id]`): approve (comment optional) or reject
 * (reason required), then back to the request with a notice; or the error to show beside the
 * decision that was tried. The backend decides who may decide (403 on one's own cart, 409 once decided).
 */
import { isBackendRequestError, isNotFound, type StorefrontClient } from "@hybrid/storefront-kit";
import { parseDecision } from "./approval-forms";
import { decideApproval } from "./approvals";

export type DecisionFailure = {
  decision: "approve" | "reject" | null;
  errors: Record<string, string | undefined>;
  values: Record<string, string>;
};

export type ApprovalDecisionPost =
  | { kind: "done"; location: string }
  /** The request is not (or no longer) visible to this buyer: the page answers 404. */
  | { kind: "not-found" }
  | { kind: "failed"; status: number; failure: DecisionFailure };

export async function handleApprovalDecisionPost(
  client: Pick<StorefrontClient, "request">,
  token: string,
  approvalId: string,
  form: FormData,
): Promise<ApprovalDecisionPost> {
  const parsed = parseDecision(form);
  if (!parsed.ok) return { kind: "failed", status: 400, failure: parsed };
  try {
    await decideApproval(client, token, approvalId, parsed.decision, parsed.comment ? { comment: parsed.comment } : {});
    const done = parsed.decision === "approve" ? "approved" : "rejected";
    return { kind: "done", location: `/approvals/${encodeURIComponent(approvalId)}?done=${done}` };
  } catch (error) {
    if (isNotFound(error)) return { kind: "not-found" };
    if (!isBackendRequestError(error)) throw error;
    const field = parsed.decision === "approve" ? "approve_comment" : "reject_comment";
    return {
      kind: "failed",
      status: error.status,
      failure: {
        decision: parsed.decision,
        errors: { general: error.message },
        values: { [field]: parsed.comment ?? "" },
      },
    };
  }
}
