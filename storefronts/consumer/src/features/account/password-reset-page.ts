/**
 * "Forgot password?" and the reset page's POSTs (backend: `POST /store/password-reset` and
 * `…/confirm`, built in wt/mail). The request answers the same for known and unknown emails; the
 * reset signs the person in with a fresh session (older sessions end on the backend).
 */
import { isBackendRequestError, type StorefrontClient } from "@hybrid/storefront-kit";
import { resetErrorField } from "@hybrid/storefront-kit/client/auth.ts";
import { emailField, formField } from "@hybrid/storefront-kit/sign-in-form.ts";
import { MIN_PASSWORD_LENGTH } from "./sign-up-form";

type Auth = Pick<StorefrontClient["auth"], "requestPasswordReset" | "resetPassword">;

export type ForgotPost =
  | { kind: "sent"; email: string }
  | { kind: "failed"; status: number; email: string; error: string };

export async function handleForgotPost(client: { auth: Auth }, form: FormData, visitorIp: string): Promise<ForgotPost> {
  const raw = (formField(form, "email") ?? "").trim().slice(0, 254);
  const parsed = emailField("name@example.com").safeParse(raw);
  if (!parsed.success)
    return {
      kind: "failed",
      status: 400,
      email: raw,
      error: parsed.error.issues[0]?.message ?? "Enter your email address.",
    };
  try {
    await client.auth.requestPasswordReset(parsed.data, { forwardedFor: visitorIp });
    return { kind: "sent", email: parsed.data };
  } catch (error) {
    if (!isBackendRequestError(error)) throw error;
    return {
      kind: "failed",
      status: error.status === 429 ? 429 : 400,
      email: raw,
      error:
        error.status === 429
          ? "Too many requests for now. Please try again in an hour."
          : error.message.replace(/^email: /, ""),
    };
  }
}

export type ResetPost =
  | { kind: "reset"; token: string }
  | { kind: "failed"; status: number; field: "password" | "token" | null; error: string };

export async function handleResetPost(client: { auth: Auth }, form: FormData, visitorIp: string): Promise<ResetPost> {
  const token = (formField(form, "token") ?? "").slice(0, 4000);
  const password = formField(form, "password") ?? "";
  if (!token)
    return {
      kind: "failed",
      status: 400,
      field: "token",
      error: "This page needs the link from the email. Request a new one.",
    };
  if (password.length < MIN_PASSWORD_LENGTH) {
    return {
      kind: "failed",
      status: 400,
      field: "password",
      error: `Use at least ${MIN_PASSWORD_LENGTH} characters for your password.`,
    };
  }
  if (password.length > 256)
    return { kind: "failed", status: 400, field: "password", error: "That password is too long." };
  try {
    return { kind: "reset", token: await client.auth.resetPassword(token, password, { forwardedFor: visitorIp }) };
  } catch (error) {
    if (!isBackendRequestError(error)) throw error;
    const field = resetErrorField(error);
    const message = error.message.replace(/^(password|token): /, "");
    return {
      kind: "failed",
      status: error.status === 429 ? 429 : error.status === 401 ? 401 : 400,
      field: field === "password" || field === "token" ? field : null,
      error: message.charAt(0).toUpperCase() + message.slice(1),
    };
  }
}
