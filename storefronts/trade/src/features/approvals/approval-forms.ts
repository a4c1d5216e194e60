/**
 * The approval forms (plain POSTs): submit / withdraw on the cart, approve / reject on a request,
 * and the company's rules. They check what was typed; the backend decides who may do what.
 */
import { z } from "astro/zod";
import { optionalText, parseMoneyInput, requiredText } from "../company/fields";
import { parseForm, textField, type FieldErrors } from "../company/forms";
import { EMPLOYEE_ROLES, type EmployeeRole } from "../company/types";

export const COMMENT_MAX = 2000;

export type CartApprovalAction = { intent: "submit-approval"; comment?: string } | { intent: "withdraw-approval" };

export type CartApprovalResult =
  | { ok: true; action: CartApprovalAction }
  | { ok: false; errors: FieldErrors<"approval_comment">; values: Record<string, string> };

/** The cart's approval forms. `approval_comment`, so it cannot clash with the cart's other fields. */
export function parseCartApprovalAction(form: FormData): CartApprovalResult {
  const intent = textField(form, "intent");
  if (intent === "withdraw-approval") return { ok: true, action: { intent } };
  const parsed = parseForm(z.object({ approval_comment: optionalText(COMMENT_MAX, "The comment") }), form, [
    "approval_comment",
  ] as const);
  if (!parsed.ok) return parsed;
  const comment = parsed.data.approval_comment;
  return { ok: true, action: { intent: "submit-approval", ...(comment ? { comment } : {}) } };
}

export const isCartApprovalIntent = (intent: unknown): boolean =>
  intent === "submit-approval" || intent === "withdraw-approval";

export type DecisionResult =
  | { ok: true; decision: "approve" | "reject"; comment?: string }
  | { ok: false; decision: "approve" | "reject" | null; errors: FieldErrors; values: Record<string, string> };

/** Approve (comment optional) or reject (a reason is required: the buyer reads it). */
export function parseDecision(form: FormData): DecisionResult {
  const intent = textField(form, "intent");
  if (intent === "approve") {
    const parsed = parseForm(z.object({ approve_comment: optionalText(COMMENT_MAX, "The comment") }), form, [
      "approve_comment",
    ] as const);
    if (!parsed.ok) return { ok: false, decision: "approve", errors: parsed.errors, values: parsed.values };
    return {
      ok: true,
      decision: "approve",
      ...(parsed.data.approve_comment ? { comment: parsed.data.approve_comment } : {}),
    };
  }
  if (intent === "reject") {
    const parsed = parseForm(
      z.object({
        reject_comment: requiredText(COMMENT_MAX, "Say why you reject the cart: the buyer reads it.", "The reason"),
      }),
      form,
      ["reject_comment"] as const,
    );
    if (!parsed.ok) return { ok: false, decision: "reject", errors: parsed.errors, values: parsed.values };
    return { ok: true, decision: "reject", comment: parsed.data.reject_comment };
  }
  return { ok: false, decision: null, errors: { general: "Unknown action." }, values: {} };
}

/** Roles a company's approval rules can name (a viewer never orders, so never needs approval). */
export const RULE_ROLES = ["buyer", "approver", "admin"] as const satisfies readonly EmployeeRole[];

export const SETTINGS_FIELDS = ["amount_threshold", "amount_applies_to", "always_roles"] as const;
export type SettingsField = (typeof SETTINGS_FIELDS)[number];

export type SettingsResult =
  | {
      ok: true;
      data: { amount_threshold: number | null; amount_applies_to: EmployeeRole[]; always_roles: EmployeeRole[] };
    }
  | {
      ok: false;
      errors: FieldErrors<SettingsField>;
      values: { amount_threshold: string; amount_applies_to: string[]; always_roles: string[] };
    };

function checkedRoles(form: FormData, name: string): { roles: EmployeeRole[]; unknown: boolean } {
  const values = form.getAll(name).filter((v): v is string => typeof v === "string");
  const roles = EMPLOYEE_ROLES.filter((role) => values.includes(role));
  return { roles, unknown: values.some((v) => !(EMPLOYEE_ROLES as readonly string[]).includes(v)) };
}

/** The approval rules form: threshold (blank = no amount rule) and two sets of role checkboxes. */
export function parseSettingsForm(form: FormData): SettingsResult {
  const raw = textField(form, "amount_threshold") ?? "";
  const threshold = parseMoneyInput(raw);
  const appliesTo = checkedRoles(form, "amount_applies_to");
  const always = checkedRoles(form, "always_roles");
  const errors: FieldErrors<SettingsField> = {};
  if (!threshold.ok) errors.amount_threshold = threshold.message;
  if (appliesTo.unknown) errors.amount_applies_to = "Choose roles from the list.";
  if (always.unknown) errors.always_roles = "Choose roles from the list.";
  if (threshold.ok && threshold.value !== null && appliesTo.roles.length === 0 && !errors.amount_applies_to) {
    errors.amount_applies_to = "Choose at least one role the amount rule applies to, or leave the amount blank.";
  }
  if (Object.keys(errors).length > 0) {
    return {
      ok: false,
      errors,
      values: {
        amount_threshold: raw.trim().slice(0, 20),
        amount_applies_to: appliesTo.roles,
        always_roles: always.roles,
      },
    };
  }
  return {
    ok: true,
    data: {
      amount_threshold: threshold.ok ? threshold.value : null,
      amount_applies_to: appliesTo.roles,
      always_roles: always.roles,
    },
  };
}

/** "Buyers and approvers", for read-only rules. */
export function rolesSentence(roles: readonly EmployeeRole[], label: (role: EmployeeRole) => string): string {
  const names = roles.map((role) => `${label(role).toLowerCase()}s`);
  if (names.length === 0) return "nobody";
  if (names.length === 1) return names[0]!;
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
