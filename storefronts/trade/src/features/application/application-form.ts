/**
 * The trade application form (/apply): the company's details and the applicant's own account.
 * Validated here first so a mistake is named next to its field without a backend round-trip; the
 * backend validates again (its 400 names the field too, see `applicationErrorField`).
 */
import { z } from "astro/zod";
import { emailField, newPasswordField, optionalText, phoneField, requiredText, vatIdField } from "../company/fields";
import { parseForm, type FormResult } from "../company/forms";

export const APPLICATION_FIELDS = [
  "company_name",
  "vat_id",
  "company_email",
  "phone",
  "currency_code",
  "first_name",
  "last_name",
  "email",
  "password",
] as const;
export type ApplicationField = (typeof APPLICATION_FIELDS)[number];

/** `POST /store/trade-applications` body. */
export interface ApplicationRequest {
  company: { name: string; vat_id?: string; email: string; phone?: string; currency_code: string };
  applicant: { email: string; password: string; first_name: string; last_name: string };
}

function applicationSchema(currencies: readonly string[]) {
  return z.object({
    company_name: requiredText(200, "Enter your company's name.", "The company name"),
    vat_id: vatIdField,
    company_email: emailField("Enter the company's email address (for invoices and account news)."),
    phone: phoneField,
    currency_code: z
      .string({ error: "Choose the currency you will order in." })
      .trim()
      .toLowerCase()
      .refine((code) => currencies.includes(code), { error: "Choose the currency you will order in." }),
    first_name: requiredText(100, "Enter your first name.", "The first name"),
    last_name: requiredText(100, "Enter your last name.", "The last name"),
    email: emailField("Enter your email address (you will sign in with it)."),
    password: newPasswordField,
  });
}

/** Parses the form into the API request; `currencies` are the ones the shop sells in (lower case). */
export function parseApplicationForm(
  form: FormData,
  currencies: readonly string[],
): FormResult<ApplicationRequest, ApplicationField> {
  const result = parseForm(applicationSchema(currencies), form, APPLICATION_FIELDS);
  if (!result.ok) return result;
  const d = result.data;
  return {
    ok: true,
    data: {
      company: {
        name: d.company_name,
        email: d.company_email,
        currency_code: d.currency_code,
        ...(d.vat_id ? { vat_id: d.vat_id } : {}),
        ...(d.phone ? { phone: d.phone } : {}),
      },
      applicant: { email: d.email, password: d.password, first_name: d.first_name, last_name: d.last_name },
    },
  };
}

/** Backend field names (Medusa formats paths as "company, vat_id") -> form fields. */
const BACKEND_NAMES: ReadonlyArray<[string, ApplicationField]> = [
  ["company, name", "company_name"],
  ["company, email", "company_email"],
  ["company, vat_id", "vat_id"],
  ["company, phone", "phone"],
  ["company, currency_code", "currency_code"],
  ["applicant, email", "email"],
  ["applicant, password", "password"],
  ["applicant, first_name", "first_name"],
  ["applicant, last_name", "last_name"],
];

/**
 * Backend field names -> form fields. The backend's own messages name paths with dots
 * ("company.vat_id: not a valid EU VAT id"); Medusa's generic ones with commas ("company, email").
 */
export const APPLICATION_ALIASES: Readonly<Record<string, ApplicationField>> = Object.fromEntries(
  BACKEND_NAMES.flatMap(([name, field]) => [
    [name, field],
    [name.replace(", ", "."), field],
  ]),
);
