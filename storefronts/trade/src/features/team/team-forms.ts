/**
 * The team page's forms (all plain POSTs to /account/team with an `intent`): change a member's
 * role and spending limit, remove a member, invite someone, revoke an invite. Parsed here so a
 * mistake is named next to its field; the backend enforces the rules (admins only, nobody changes
 * their own role, the last admin stays) and its refusals are shown the same way.
 */
import { z } from "astro/zod";
import { emailField, optionalMoneyField } from "../company/fields";
import { parseForm, textField, type FieldErrors } from "../company/forms";
import { EMPLOYEE_ROLES, type EmployeeRole } from "../company/types";

const ID = /^[A-Za-z0-9_]{1,64}$/;

const roleField = z.enum(EMPLOYEE_ROLES, { error: "Choose a role: administrator, approver, buyer or viewer." });

export const INVITE_FIELDS = ["email", "role", "spending_limit"] as const;
export type InviteField = (typeof INVITE_FIELDS)[number];

const inviteSchema = z.object({
  email: emailField("Enter the email address to send the invitation to."),
  role: roleField,
  spending_limit: optionalMoneyField,
});

export const MEMBER_FIELDS = ["role", "spending_limit"] as const;
export type MemberField = (typeof MEMBER_FIELDS)[number];

const memberSchema = z.object({
  role: roleField.optional(),
  spending_limit: optionalMoneyField,
});

export type TeamAction =
  | { intent: "update-member"; employeeId: string; body: { role?: EmployeeRole; spending_limit: number | null } }
  | { intent: "remove-member"; employeeId: string }
  | { intent: "invite"; body: { email: string; role: EmployeeRole; spending_limit?: number } }
  | { intent: "revoke-invite"; inviteId: string };

export type TeamActionResult =
  | { ok: true; action: TeamAction }
  | {
      ok: false;
      /** Which form the errors belong to: a member row, the invite form, or the page. */
      target: { kind: "member"; employeeId: string } | { kind: "invite" } | { kind: "page" };
      errors: FieldErrors<string>;
      values: Record<string, string>;
    };

export function parseTeamAction(form: FormData): TeamActionResult {
  const intent = textField(form, "intent");
  const page = (message: string): TeamActionResult => ({
    ok: false,
    target: { kind: "page" },
    errors: { general: message },
    values: {},
  });

  if (intent === "invite") {
    const parsed = parseForm(inviteSchema, form, INVITE_FIELDS);
    if (!parsed.ok) return { ok: false, target: { kind: "invite" }, errors: parsed.errors, values: parsed.values };
    const { email, role, spending_limit } = parsed.data;
    return {
      ok: true,
      action: { intent, body: { email, role, ...(spending_limit !== null ? { spending_limit } : {}) } },
    };
  }

  if (intent === "revoke-invite") {
    const inviteId = textField(form, "invite_id");
    if (!inviteId || !ID.test(inviteId)) return page("That invitation no longer exists.");
    return { ok: true, action: { intent, inviteId } };
  }

  const employeeId = textField(form, "employee_id");
  if (intent !== "update-member" && intent !== "remove-member") return page("Unknown action.");
  if (!employeeId || !ID.test(employeeId)) return page("That team member no longer exists.");
  if (intent === "remove-member") return { ok: true, action: { intent, employeeId } };

  // The role select is absent from one's own row: nobody changes their own role.
  const fields = form.has("role") ? MEMBER_FIELDS : (["spending_limit"] as const);
  const parsed = parseForm(memberSchema, form, fields);
  if (!parsed.ok)
    return { ok: false, target: { kind: "member", employeeId }, errors: parsed.errors, values: parsed.values };
  const { role, spending_limit } = parsed.data;
  return { ok: true, action: { intent, employeeId, body: { ...(role ? { role } : {}), spending_limit } } };
}

/** Field id of a member row's control, unique per row (`member-<id>-role`). */
export function memberFieldId(employeeId: string, field: MemberField): string {
  return `member-${employeeId}-${field}`;
}

export interface InviteLike {
  accepted_at: string | null;
  expires_at: string;
}

/** Invitations not yet accepted, with whether each has expired (oldest expiry first). */
export function pendingInvites<T extends InviteLike>(
  invites: readonly T[],
  now: Date = new Date(),
): Array<T & { expired: boolean }> {
  return invites
    .filter((invite) => !invite.accepted_at)
    .map((invite) => ({ ...invite, expired: new Date(invite.expires_at).getTime() <= now.getTime() }))
    .sort((a, b) => a.expires_at.localeCompare(b.expires_at));
}
