/**
 * Validation of the sign-in form. Runs before anything reaches the backend so a malformed
 * submission gets a message naming the field, never a backend error.
 */
import { safeLocalPath } from "@hybrid/storefront-kit";
import { z } from "astro/zod";

export const SIGN_IN_PATH = "/sign-in";

const signInSchema = z.object({
  email: z
    .string({ error: "Enter your email address." })
    .trim()
    .min(1, { error: "Enter your email address." })
    .max(254, { error: "That email address is too long." })
    .pipe(z.email({ error: "Enter a valid email address, like name@company.com." }))
    .transform((email) => email.toLowerCase()),
  password: z
    .string({ error: "Enter your password." })
    .min(1, { error: "Enter your password." })
    .max(256, { error: "That password is too long." }),
});

export type SignInInput = z.infer<typeof signInSchema>;
export type SignInField = keyof SignInInput;

export type SignInParseResult =
  | { ok: true; data: SignInInput; next: string }
  | { ok: false; errors: Partial<Record<SignInField, string>>; email: string; next: string };

/** Pages that must not follow a sign-in: they would loop back to the form or sign the buyer out. */
const NOT_AFTER_SIGN_IN = new Set([SIGN_IN_PATH, "/sign-out"]);

/**
 * Where to go after signing in: a path on this site (the kit's `safeLocalPath`, no open
 * redirects) other than the sign-in and sign-out pages; anything else falls back to the catalog home.
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

function field(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
}

export function parseSignInForm(form: FormData): SignInParseResult {
  const next = safeNextPath(field(form, "next"));
  const result = signInSchema.safeParse({ email: field(form, "email"), password: field(form, "password") });
  if (result.success) return { ok: true, data: result.data, next };

  const errors: Partial<Record<SignInField, string>> = {};
  for (const issue of result.error.issues) {
    const name = issue.path[0];
    if ((name === "email" || name === "password") && !errors[name]) errors[name] = issue.message;
  }
  return { ok: false, errors, email: (field(form, "email") ?? "").trim().slice(0, 254), next };
}
