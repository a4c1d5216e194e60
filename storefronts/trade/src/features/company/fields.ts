/**
 * Field rules shared by the company forms (application, team, invites, addresses). Messages say
 * what to enter, so they can be shown next to the field as they are.
 */
import { z } from "astro/zod";

/** An optional text field: blank -> undefined. */
export function optionalText(max: number, label: string) {
  return z
    .string()
    .optional()
    .transform((value) => value?.trim() || undefined)
    .pipe(
      z
        .string()
        .max(max, { error: `${label} is too long (at most ${max} characters).` })
        .optional(),
    );
}

export function requiredText(max: number, missing: string, label: string) {
  return z
    .string({ error: missing })
    .trim()
    .min(1, { error: missing })
    .max(max, { error: `${label} is too long (at most ${max} characters).` });
}

export const emailField = (missing = "Enter an email address.") =>
  z
    .string({ error: missing })
    .trim()
    .min(1, { error: missing })
    .max(254, { error: "That email address is too long." })
    .pipe(z.email({ error: "Enter a valid email address, like name@company.com." }))
    .transform((email) => email.toLowerCase());

/** New account passwords: long enough to matter, short enough to be a password. */
export const newPasswordField = z
  .string({ error: "Choose a password." })
  .min(1, { error: "Choose a password." })
  .min(8, { error: "Use at least 8 characters for your password." })
  .max(200, { error: "That password is too long (at most 200 characters)." });

/** Phone numbers as people type them: digits with spaces, +, -, /, dots and brackets. */
export const phoneField = optionalText(32, "The phone number").pipe(
  z
    .string()
    .regex(/^\+?[0-9][0-9 ()./-]{3,30}$/, { error: "Enter a phone number with digits, like +49 30 1234567." })
    .optional(),
);

/**
 * EU VAT id: two-letter country prefix and 2–13 letters or digits (the backend's rule). Spaces,
 * dots and dashes people copy from invoices are removed first; letters are upper-cased.
 */
export const VAT_ID = /^[A-Z]{2}[A-Z0-9]{2,13}$/;
export function normalizeVatId(raw: string): string {
  return raw.replace(/[\s.\-]/g, "").toUpperCase();
}
export const vatIdField = z
  .string()
  .optional()
  .transform((value) => (value && value.trim() ? normalizeVatId(value) : undefined))
  .pipe(z.string().regex(VAT_ID, { error: "Enter the VAT id with its country prefix, like DE123456789." }).optional());

/**
 * A money amount in major units as typed ("1000", "1000.5", "1,000.50"): at most two decimals,
 * not negative. Blank means "no limit" (null).
 */
export function parseMoneyInput(
  raw: string | undefined,
): { ok: true; value: number | null } | { ok: false; message: string } {
  const typed = (raw ?? "").trim().replace(/\s/g, "");
  if (typed === "") return { ok: true, value: null };
  if (/^-/.test(typed)) return { ok: false, message: "The amount cannot be negative." };
  // Commas only as thousands separators ("1,500.50"); "1,5" is ambiguous and refused, not guessed.
  if (typed.includes(",") && !/^\d{1,3}(,\d{3})+(\.\d{1,2})?$/.test(typed)) {
    return { ok: false, message: "Enter an amount like 1500 or 1500.50." };
  }
  const text = typed.replace(/,/g, "");
  if (!/^\d{1,12}(\.\d{1,2})?$/.test(text)) return { ok: false, message: "Enter an amount like 1500 or 1500.50." };
  return { ok: true, value: Number(text) };
}

/** `parseMoneyInput` as a zod field: blank -> null. */
export const optionalMoneyField = z
  .string()
  .optional()
  .transform((raw, ctx) => {
    const parsed = parseMoneyInput(raw);
    if (parsed.ok) return parsed.value;
    ctx.addIssue({ code: "custom", message: parsed.message });
    return z.NEVER;
  });
