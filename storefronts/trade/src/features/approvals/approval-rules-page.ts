/**
 * The approval rules page's POST (`/account/approval-rules`): administrators save the rules;
 * anyone else, and a refused save, gets the errors to render with what was entered.
 */
import { isBackendRequestError, type StorefrontClient } from "@hybrid/storefront-kit";
import { backendFieldError, type FieldErrors } from "../company/forms";
import { SETTINGS_FIELDS, parseSettingsForm, type SettingsField } from "./approval-forms";
import { saveApprovalSettings } from "./approvals";

/** The rules as entered, to fill the form again. */
export type PostedRules = { amount_threshold: string; amount_applies_to: string[]; always_roles: string[] };

export type ApprovalRulesPost =
  | { kind: "done"; location: string }
  | { kind: "failed"; status: number; errors: FieldErrors<SettingsField | "general">; values: PostedRules | null };

export async function handleApprovalRulesPost(
  client: Pick<StorefrontClient, "request">,
  token: string,
  form: FormData,
  { editable }: { editable: boolean },
): Promise<ApprovalRulesPost> {
  if (!editable) {
    return {
      kind: "failed",
      status: 403,
      errors: { general: "Only your company's administrators can change the approval rules." },
      values: null,
    };
  }
  const parsed = parseSettingsForm(form);
  if (!parsed.ok) return { kind: "failed", status: 400, errors: parsed.errors, values: parsed.values };
  try {
    await saveApprovalSettings(client, token, parsed.data);
    return { kind: "done", location: "/account/approval-rules?saved=1" };
  } catch (error) {
    if (!isBackendRequestError(error)) throw error;
    const placed = backendFieldError(error.message, SETTINGS_FIELDS);
    const { amount_threshold, amount_applies_to, always_roles } = parsed.data;
    return {
      kind: "failed",
      status: error.status,
      errors: { [placed.field]: placed.message },
      values: {
        amount_threshold: amount_threshold === null ? "" : String(amount_threshold),
        amount_applies_to,
        always_roles,
      },
    };
  }
}
