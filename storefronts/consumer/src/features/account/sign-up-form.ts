/**
 * The sign-up form: validated completely (each error names its field) before anything reaches the
 * backend.
 */
import { emailField, formField, safeNextPath } from "@hybrid/storefront-kit/sign-in-form.ts";
import { z } from "astro/zod";

export const MIN_PASSWORD_LENGTH = 8;

const name = (what: string) =>
  z
    .string({ error: `Enter your ${what}.` })
    .trim()
    .min(1, { error: `Enter your ${what}.` })
    .max(80, { error: `Use at most 80 characters for your ${what}.` });

const signUpSchema = z.object({
  first_name: name("first name"),
  last_name: name("last name"),
  email: emailField("name@example.com"),
  password: z
    .string({ error: "Choose a password." })
    .min(MIN_PASSWORD_LENGTH, { error: `Use at least ${MIN_PASSWORD_LENGTH} characters for your password.` })
    .max(256, { error: "That password is too long." }),
  marketing_consent: z.boolean(),
});

export type SignUpInput = z.infer<typeof signUpSchema>;
export type SignUpField = Exclude<keyof SignUpInput, "marketing_consent">;
export type SignUpValues = { first_name: string; last_name: string; email: string; marketing_consent: boolean };

export type SignUpParse =
  | { ok: true; data: SignUpInput; next: string }
  | { ok: false; errors: Partial<Record<SignUpField, string>>; values: SignUpValues; next: string };

export function parseSignUpForm(form: FormData): SignUpParse {
  const next = safeNextPath(formField(form, "next"));
  const raw = {
    first_name: formField(form, "first_name"),
    last_name: formField(form, "last_name"),
    email: formField(form, "email"),
    password: formField(form, "password"),
    marketing_consent: formField(form, "marketing_consent") === "yes",
  };
  const parsed = signUpSchema.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data, next };
  const errors: Partial<Record<SignUpField, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as SignUpField | undefined;
    if (field && !errors[field]) errors[field] = issue.message;
  }
  return {
    ok: false,
    errors,
    next,
    values: {
      first_name: (raw.first_name ?? "").slice(0, 80),
      last_name: (raw.last_name ?? "").slice(0, 80),
      email: (raw.email ?? "").trim().slice(0, 254),
      marketing_consent: raw.marketing_consent,
    },
  };
}
