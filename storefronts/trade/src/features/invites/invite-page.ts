/**
 * The invitation page's POST (`/invite/[token]`, public): create the invitee's account, then
 * sign-in; or the errors next to their fields; or "gone" when the invitation was used or expired
 * meanwhile (the page then shows that instead of the form).
 */
import { isBackendRequestError, type StorefrontClient } from "@hybrid/storefront-kit";
import { lockedMessage, throttled, type FormThrottle } from "@hybrid/storefront-kit/throttle.ts";
import { formValues, type FieldErrors } from "../company/forms";
import { ACCEPT_FIELDS, acceptInvite, parseAcceptForm, type AcceptField } from "./invite";

export type InvitePost =
  | { kind: "done"; location: string }
  | { kind: "gone"; message: string }
  | { kind: "failed"; status: number; errors: FieldErrors<AcceptField | "general">; values: Record<string, string> };

/**
 * With a `visitor`, each acceptance counts against the invite and the visitor's address (the
 * site's account-form throttle; a success resets the invite's count), and the visitor's address
 * goes to the backend, whose own throttle counts unknown and used tokens.
 */
export async function handleInvitePost(
  client: Pick<StorefrontClient, "request">,
  inviteToken: string,
  form: FormData,
  visitor?: { ip: string; throttle: FormThrottle },
): Promise<InvitePost> {
  const parsed = parseAcceptForm(form);
  if (!parsed.ok) return { kind: "failed", status: 400, errors: parsed.errors, values: parsed.values };
  const send = () => acceptInvite(client, inviteToken, parsed.data, visitor?.ip);
  const run = visitor
    ? await throttled(visitor.throttle, { account: `invite:${inviteToken}`, ip: visitor.ip }, send, (o) =>
        o.ok ? "success" : o.kind === "gone" || o.status === 429 ? "counted" : "refund",
      )
    : { result: await send() };
  if ("locked" in run) {
    return {
      kind: "failed",
      status: 429,
      errors: { general: lockedMessage(run.locked) },
      values: formValues(form, ACCEPT_FIELDS),
    };
  }
  const outcome = run.result;
  if (outcome.ok) return { kind: "done", location: "/sign-in?account-created" };
  if (outcome.kind === "gone") return { kind: "gone", message: outcome.message };
  return { kind: "failed", status: outcome.status, errors: outcome.errors, values: formValues(form, ACCEPT_FIELDS) };
}

export type JoinPost =
  | { kind: "done"; location: string }
  | { kind: "gone"; message: string }
  | { kind: "failed"; status: number; message: string };

/**
 * The invitation page's POST for a visitor who is signed in (`intent=join`): they join the
 * company with the account they have, as a further company of theirs (`POST
 * /store/invites/:token/join`; the invitation must be for their email), then see their company
 * page, where the header's switcher offers every company of theirs. The backend's refusal (403
 * another person's invitation, 409 already a member) is shown with its message; 410 as "gone".
 */
export async function handleInviteJoinPost(
  client: Pick<StorefrontClient, "request">,
  inviteToken: string,
  sessionToken: string,
): Promise<JoinPost> {
  try {
    await client.request(`/store/invites/${encodeURIComponent(inviteToken)}/join`, {
      method: "POST",
      body: {},
      token: sessionToken,
    });
    return { kind: "done", location: "/account/company?joined=1" };
  } catch (error) {
    if (!isBackendRequestError(error) || error.status >= 500) throw error;
    if (error.status === 410) return { kind: "gone", message: error.message };
    return { kind: "failed", status: error.status, message: error.message.replace(/^token: /, "") };
  }
}
