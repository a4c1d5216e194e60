/**
 * The team page's POST: parse, run against the backend, and either a redirect target (success)
 * or the errors to render, placed next to the form they belong to.
 */
import { isBackendRequestError, isNotFound, type StorefrontClient } from "@hybrid/storefront-kit";
import { backendFieldError } from "../company/forms";
import { runTeamAction } from "./team";
import { INVITE_FIELDS, MEMBER_FIELDS, parseTeamAction, type TeamActionResult } from "./team-forms";

export type TeamPost =
  | { kind: "done"; location: string }
  | { kind: "failed"; status: number; failure: Extract<TeamActionResult, { ok: false }> };

export async function handleTeamPost(
  client: Pick<StorefrontClient, "request">,
  token: string,
  form: FormData,
): Promise<TeamPost> {
  const parsed = parseTeamAction(form);
  if (!parsed.ok) return { kind: "failed", status: 400, failure: parsed };
  const { action } = parsed;
  try {
    await runTeamAction(client, token, action);
    return { kind: "done", location: `/account/team?done=${action.intent}` };
  } catch (error) {
    const target =
      action.intent === "invite"
        ? ({ kind: "invite" } as const)
        : action.intent === "update-member"
          ? ({ kind: "member", employeeId: action.employeeId } as const)
          : ({ kind: "page" } as const);
    const values: Record<string, string> =
      action.intent === "invite"
        ? { email: action.body.email, role: action.body.role, spending_limit: String(action.body.spending_limit ?? "") }
        : {};
    if (isNotFound(error)) {
      const gone =
        action.intent === "revoke-invite" ? "That invitation no longer exists." : "That team member no longer exists.";
      return {
        kind: "failed",
        status: 404,
        failure: { ok: false, target: { kind: "page" }, errors: { general: gone }, values: {} },
      };
    }
    if (!isBackendRequestError(error)) throw error;
    const fields = target.kind === "invite" ? INVITE_FIELDS : target.kind === "member" ? MEMBER_FIELDS : [];
    const { field, message } = backendFieldError(error.message, fields);
    return {
      kind: "failed",
      status: error.status,
      failure: { ok: false, target, errors: { [field]: message }, values },
    };
  }
}
