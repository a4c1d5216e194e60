/**
 * The sign-in form both sites use: validation that names the field before anything reaches the
 * backend, and where to go afterwards (`safeLocalPath`: no open redirects).
 */
import { z } from "astro/zod";
import { safeLocalPath } from "./redirects";

export const SIGN_IN_PATH = "/sign-in";

/** Pages that must not follow a sign-in: they would loop back to the form or sign the visitor out. */
const NOT_AFTER_SIGN_IN = new Set([SIGN_IN_PATH, "/sign-out", "/sign-up"]);

/**
 * Where to go after signing in: a path on this site (`safeLocalPath`) other than the sign-in,
 * sign-up and sign-out pages; anything else falls back to the home page.
 */
export function safeNextPath(raw: unknown): string {
  const path = safeLocalPath(raw);
  const pathname = path.split(/[?#]/, 1)[0] ?? path;
  return NOT_AFTER_SIGN_IN.has(pathname) ? "/" : path;
}

/** The sign-in URL that brings the visitor back to `url` afterwards. */
export function signInUrlFor(url: URL): string {
  const next = safeNextPath(`${url.pathname}${url.search}`);
  return next === "/" ? SIGN_IN_PATH : `${SIGN_IN_PATH}?next=${encodeURIComponent(next)}`;
}

/** The email field: trimmed, lower-cased, at most 254 characters. */
export const emailField = (example: string) =>
  z
    .string({ error: "Enter your email address." })
    .trim()
    .min(1, { error: "Enter your email address." })
    .max(254, { error: "That email address is too long." })
    .pipe(z.email({ error: `Enter a valid email address, like ${example}.` }))
    .transform((email) => email.toLowerCase());

const signInSchema = (example: string) =>
  z.object({
    email: emailField(example),
    password: z
      .string({ error: "Enter your password." })
      .min(1, { error: "Enter your password." })
      .max(256, { error: "That password is too long." }),
  });

export type SignInInput = { email: string; password: string };
export type SignInField = keyof SignInInput;

export type SignInParseResult =
  | { ok: true; data: SignInInput; next: string }
  | { ok: false; errors: Partial<Record<SignInField, string>>; email: string; next: string };

/** A text field of a posted form, or undefined. */
export function formField(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
}

export function parseSignInForm(form: FormData, options: { emailExample?: string } = {}): SignInParseResult {
  const next = safeNextPath(formField(form, "next"));
  const result = signInSchema(options.emailExample ?? "name@example.com").safeParse({
    email: formField(form, "email"),
    password: formField(form, "password"),
  });
  if (result.success) return { ok: true, data: result.data, next };

  const errors: Partial<Record<SignInField, string>> = {};
  for (const issue of result.error.issues) {
    const name = issue.path[0];
    if ((name === "email" || name === "password") && !errors[name]) errors[name] = issue.message;
  }
  return { ok: false, errors, email: (formField(form, "email") ?? "").trim().slice(0, 254), next };
}
