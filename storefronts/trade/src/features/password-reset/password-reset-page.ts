/**
 * The trade site's "forgot password" and "choose a new password" forms: plain POSTs (they work
 * without JavaScript), validated here so a malformed submission gets a message naming the field,
 * then decided by the backend (`POST /store/password-reset`, `…/confirm`: same answer for known and
 * unknown emails, single-use 15-minute links, throttled per email and visitor address).
 */
import { BackendRequestError, resetErrorField, type StorefrontClient } from "@hybrid/storefront-kit";
import { z } from "astro/zod";

type Client = { auth: Pick<StorefrontClient["auth"], "requestPasswordReset" | "resetPassword"> };

/** The visitor's address, forwarded so the backend's throttle counts this visitor, not the site. */
export type Visitor = { ip: string };

export const FORGOT_PASSWORD_PATH = "/forgot-password";
export const RESET_PASSWORD_PATH = "/reset-password";

const emailField = z
  .string({ error: "Enter your email address." })
  .trim()
  .min(1, { error: "Enter your email address." })
  .max(254, { error: "That email address is too long." })
  .pipe(z.email({ error: "Enter a valid email address, like name@company.com." }))
  .transform((email) => email.toLowerCase());

const resetSchema = z
  .object({
    token: z
      .string({ error: "This reset link is incomplete." })
      .trim()
      .min(1, { error: "This reset link is incomplete." }),
    password: z
      .string({ error: "Choose a new password." })
      .min(8, { error: "Use at least 8 characters." })
      .max(200, { error: "Use at most 200 characters." }),
    password_confirm: z.string({ error: "Repeat the new password." }),
  })
  .refine((input) => input.password === input.password_confirm, {
    path: ["password_confirm"],
    error: "The two passwords are not the same.",
  });

export type ResetField = "token" | "password" | "password_confirm";

const text = (form: FormData | null, name: string) => {
  const value = form?.get(name);
  return typeof value === "string" ? value : undefined;
};

const lockedMessage = (error: BackendRequestError) =>
  error.status === 429 ? "Too many attempts from here. Please wait an hour and try again." : null;

export type ForgotPost =
  | { kind: "sent"; email: string }
  | { kind: "failed"; status: number; email: string; fieldErrors: { email?: string }; refusal: string | null };

/**
 * POST /forgot-password: asks the backend for the email. The answer is the same whether or not
 * the email has an account ("sent": the page says "if an account uses this address…").
 */
export async function handleForgotPost(client: Client, form: FormData | null, visitor: Visitor): Promise<ForgotPost> {
  const raw = (text(form, "email") ?? "").trim().slice(0, 254);
  const parsed = emailField.safeParse(text(form, "email"));
  if (!parsed.success) {
    return {
      kind: "failed",
      status: 400,
      email: raw,
      fieldErrors: { email: parsed.error.issues[0]?.message },
      refusal: null,
    };
  }
  try {
    await client.auth.requestPasswordReset(parsed.data, { forwardedFor: visitor.ip });
  } catch (error) {
    if (!(error instanceof BackendRequestError)) throw error;
    const locked = lockedMessage(error);
    if (locked) return { kind: "failed", status: 429, email: raw, fieldErrors: {}, refusal: locked };
    return {
      kind: "failed",
      status: 400,
      email: raw,
      fieldErrors: { email: error.message.replace(/^email:\s*/, "") },
      refusal: null,
    };
  }
  return { kind: "sent", email: parsed.data };
}

export type ResetPost =
  | { kind: "signed-in"; token: string }
  | {
      kind: "failed";
      status: number;
      /** Kept in the form so the visitor can try again with the same link. */
      token: string;
      fieldErrors: Partial<Record<ResetField, string>>;
      /** The link itself is no good (used, expired, replaced): ask for a new one. */
      linkInvalid: boolean;
      refusal: string | null;
    };

/**
 * POST /reset-password: sets the new password with the link's token and returns the fresh session
 * token (the page keeps it: the buyer is signed in; their other sessions have ended). A used or
 * expired link → 401 from the backend, shown as "ask for a new link".
 */
export async function handleResetPost(client: Client, form: FormData | null, visitor: Visitor): Promise<ResetPost> {
  const token = (text(form, "token") ?? "").trim().slice(0, 4000);
  const failed = { kind: "failed", token, fieldErrors: {}, linkInvalid: false, refusal: null } as const;
  const parsed = resetSchema.safeParse({
    token: text(form, "token"),
    password: text(form, "password"),
    password_confirm: text(form, "password_confirm"),
  });
  if (!parsed.success) {
    const fieldErrors: Partial<Record<ResetField, string>> = {};
    for (const issue of parsed.error.issues) {
      const name = issue.path[0] as ResetField;
      fieldErrors[name] ??= issue.message;
    }
    return { ...failed, status: 400, fieldErrors, linkInvalid: !!fieldErrors.token };
  }
  try {
    const session = await client.auth.resetPassword(parsed.data.token, parsed.data.password, {
      forwardedFor: visitor.ip,
    });
    return { kind: "signed-in", token: session };
  } catch (error) {
    if (!(error instanceof BackendRequestError)) throw error;
    const locked = lockedMessage(error);
    if (locked) return { ...failed, status: 429, refusal: locked };
    const field = resetErrorField(error);
    if (field === "password") {
      return { ...failed, status: 400, fieldErrors: { password: error.message.replace(/^password:\s*/, "") } };
    }
    return {
      ...failed,
      status: error.status === 401 ? 401 : 400,
      linkInvalid: true,
      fieldErrors: { token: "This reset link is invalid, already used or expired." },
    };
  }
}
