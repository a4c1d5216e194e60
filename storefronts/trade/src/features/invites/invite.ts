/**
 * Accepting an employee invitation (public routes, the token is the credential):
 * `GET /store/invites/:token` -> the company and role; `POST /store/invites/:token/accept` creates
 * the account and the employee. Unknown token 404; expired or used 410.
 */
import { z } from "astro/zod";
import { isBackendRequestError, isNotFound, type StorefrontClient } from "@hybrid/storefront-kit";
import { newPasswordField, requiredText } from "../company/fields";
import { backendFieldError, parseForm, type FieldErrors, type FormResult } from "../company/forms";
import type { PublicInvite } from "../company/types";

type Client = Pick<StorefrontClient, "request">;

/** Invite tokens are 32 random bytes, hex: anything else is not looked up at all. */
export const INVITE_TOKEN = /^[a-f0-9]{64}$/i;

export type InviteLookup =
  | { kind: "ok"; invite: PublicInvite }
  | { kind: "not-found" }
  | { kind: "gone"; message: string }
  /** Too many unknown or used tokens from this visitor (the backend's throttle, 429). */
  | { kind: "locked"; message: string };

/** `forwardedFor`: the visitor's address, so the backend's throttle counts the visitor, not the site. */
export async function lookupInvite(client: Client, token: string, forwardedFor?: string): Promise<InviteLookup> {
  if (!INVITE_TOKEN.test(token)) return { kind: "not-found" };
  try {
    const path = `/store/invites/${encodeURIComponent(token)}`;
    const r = await (forwardedFor
      ? client.request<{ invite: PublicInvite }>(path, { forwardedFor })
      : client.request<{ invite: PublicInvite }>(path));
    return { kind: "ok", invite: r.invite };
  } catch (error) {
    if (isNotFound(error)) return { kind: "not-found" };
    if (isBackendRequestError(error) && error.status === 429) return { kind: "locked", message: error.message };
    if (isBackendRequestError(error) && error.status === 410) return { kind: "gone", message: error.message };
    throw error;
  }
}

export const ACCEPT_FIELDS = ["first_name", "last_name", "password", "password_confirmation"] as const;
export type AcceptField = (typeof ACCEPT_FIELDS)[number];

const acceptSchema = z
  .object({
    first_name: requiredText(100, "Enter your first name.", "The first name"),
    last_name: requiredText(100, "Enter your last name.", "The last name"),
    password: newPasswordField,
    password_confirmation: z
      .string({ error: "Enter the password again." })
      .min(1, { error: "Enter the password again." }),
  })
  .refine((d) => d.password === d.password_confirmation, {
    path: ["password_confirmation"],
    error: "The two passwords do not match.",
  });

export interface AcceptRequest {
  first_name: string;
  last_name: string;
  password: string;
}

export function parseAcceptForm(form: FormData): FormResult<AcceptRequest, AcceptField> {
  const parsed = parseForm(acceptSchema, form, ACCEPT_FIELDS);
  if (!parsed.ok) return parsed;
  const { first_name, last_name, password } = parsed.data;
  return { ok: true, data: { first_name, last_name, password } };
}

export type AcceptOutcome =
  | { ok: true }
  | { ok: false; kind: "gone"; message: string }
  | { ok: false; kind: "invalid"; status: number; errors: FieldErrors<AcceptField | "general"> };

export async function acceptInvite(
  client: Client,
  token: string,
  body: AcceptRequest,
  forwardedFor?: string,
): Promise<AcceptOutcome> {
  try {
    await client.request(`/store/invites/${encodeURIComponent(token)}/accept`, {
      method: "POST",
      body,
      ...(forwardedFor ? { forwardedFor } : {}),
    });
    return { ok: true };
  } catch (error) {
    if (isNotFound(error)) return { ok: false, kind: "gone", message: "This invitation does not exist." };
    if (!isBackendRequestError(error)) throw error;
    if (error.status === 410) return { ok: false, kind: "gone", message: error.message };
    if (error.status === 429) return { ok: false, kind: "invalid", status: 429, errors: { general: error.message } };
    const { field, message } = backendFieldError(error.message, ACCEPT_FIELDS);
    return { ok: false, kind: "invalid", status: error.status, errors: { [field]: message } };
  }
}
