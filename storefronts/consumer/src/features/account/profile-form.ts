/** The profile form (name, phone, marketing consent): validated before anything is written; errors name the field. */
import type { AccountProfile, ProfileInput } from "@hybrid/storefront-kit";
import { formField } from "@hybrid/storefront-kit/sign-in-form.ts";
import { z } from "astro/zod";

const name = (what: string) =>
  z
    .string({ error: `Enter your ${what}.` })
    .trim()
    .min(1, { error: `Enter your ${what}.` })
    .max(80, { error: `Use at most 80 characters for your ${what}.` });

const profileSchema = z.object({
  first_name: name("first name"),
  last_name: name("last name"),
  phone: z
    .string()
    .trim()
    .refine((v) => v === "" || /^\+?[\d\s()./-]{6,20}$/.test(v), {
      error: "Enter a phone number with digits only, like +49 30 1234567.",
    }),
  marketing_consent: z.boolean(),
});

export type ProfileField = "first_name" | "last_name" | "phone";
export type ProfileValues = { first_name: string; last_name: string; phone: string; marketing_consent: boolean };

export function profileValues(customer: AccountProfile): ProfileValues {
  return {
    first_name: customer.first_name ?? "",
    last_name: customer.last_name ?? "",
    phone: customer.phone ?? "",
    marketing_consent: customer.metadata?.marketing_consent === true,
  };
}

export function parseProfileForm(
  form: FormData,
):
  | { ok: true; data: ProfileInput }
  | { ok: false; errors: Partial<Record<ProfileField, string>>; values: ProfileValues } {
  const raw = {
    first_name: formField(form, "first_name") ?? "",
    last_name: formField(form, "last_name") ?? "",
    phone: formField(form, "phone") ?? "",
    marketing_consent: formField(form, "marketing_consent") === "yes",
  };
  const parsed = profileSchema.safeParse(raw);
  if (parsed.success) return { ok: true, data: { ...parsed.data, phone: parsed.data.phone || null } };
  const errors: Partial<Record<ProfileField, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as ProfileField | undefined;
    if (field && !errors[field]) errors[field] = issue.message;
  }
  return {
    ok: false,
    errors,
    values: {
      ...raw,
      first_name: raw.first_name.slice(0, 80),
      last_name: raw.last_name.slice(0, 80),
      phone: raw.phone.slice(0, 40),
    },
  };
}
