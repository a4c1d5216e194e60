/**
 * The invitation page's POST (`/invite/[token]`, public): create the invitee's account, then
 * sign-in; or the errors next to their fields; or "gone" when the invitation was used or expired
 * meanwhile (the page then shows that instead of the form).
 */
import type { StorefrontClient } from "@hybrid/storefront-kit";
import { formValues, type FieldErrors } from "../company/forms";
import { ACCEPT_FIELDS, acceptInvite, parseAcceptForm, type AcceptField } from "./invite";

export type InvitePost =
  | { kind: "done"; location: string }
  | { kind: "gone"; message: string }
  | { kind: "failed"; status: number; errors: FieldErrors<AcceptField | "general">; values: Record<string, string> };

export async function handleInvitePost(
  client: Pick<StorefrontClient, "request">,
  inviteToken: string,
  form: FormData,
): Promise<InvitePost> {
  const parsed = parseAcceptForm(form);
  if (!parsed.ok) return { kind: "failed", status: 400, errors: parsed.errors, values: parsed.values };
  const outcome = await acceptInvite(client, inviteToken, parsed.data);
  if (outcome.ok) return { kind: "done", location: "/sign-in?account-created" };
  if (outcome.kind === "gone") return { kind: "gone", message: outcome.message };
  return { kind: "failed", status: outcome.status, errors: outcome.errors, values: formValues(form, ACCEPT_FIELDS) };
}
