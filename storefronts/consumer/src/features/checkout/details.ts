/**
 * Step 1 of checkout: contact email and shipping address. Everything is validated here before
 * anything is written to the cart, so a rejected form changes nothing.
 */
import { z } from "astro/zod";

export const DETAILS_FIELDS = [
  "email",
  "first_name",
  "last_name",
  "address_1",
  "address_2",
  "city",
  "postal_code",
  "province",
  "country_code",
  "phone",
] as const;

export type DetailsField = (typeof DETAILS_FIELDS)[number];
export type DetailsValues = Record<DetailsField, string>;
export type DetailsErrors = Partial<Record<DetailsField, string>>;

/** Postal code formats of the countries we deliver to; others only need 2–10 letters/digits. */
const POSTAL_CODES: Record<string, { pattern: RegExp; example: string }> = {
  us: { pattern: /^\d{5}(-\d{4})?$/, example: "94103" },
  de: { pattern: /^\d{5}$/, example: "10115" },
  fr: { pattern: /^\d{5}$/, example: "75001" },
  it: { pattern: /^\d{5}$/, example: "00184" },
  es: { pattern: /^\d{5}$/, example: "28013" },
  at: { pattern: /^\d{4}$/, example: "1010" },
  be: { pattern: /^\d{4}$/, example: "1000" },
  nl: { pattern: /^\d{4} ?[A-Za-z]{2}$/, example: "1012 AB" },
  ie: { pattern: /^[A-Za-z]\d[\dWw] ?[A-Za-z\d]{4}$/, example: "D02 X285" },
};

const text = (message: string, max = 120) =>
  z
    .string({ error: message })
    .trim()
    .min(1, { error: message })
    .max(max, { error: `Use at most ${max} characters` });

const optionalText = (max = 120) =>
  z
    .string()
    .trim()
    .max(max, { error: `Use at most ${max} characters` })
    .optional()
    .default("");

export function detailsSchema(countries: readonly string[]) {
  return z
    .object({
      email: z
        .string({ error: "Enter your email address" })
        .trim()
        .min(1, { error: "Enter your email address" })
        .pipe(z.email({ error: "Enter a valid email address, like name@example.com" })),
      first_name: text("Enter your first name"),
      last_name: text("Enter your last name"),
      address_1: text("Enter your street and house number"),
      address_2: optionalText(),
      city: text("Enter your town or city"),
      postal_code: text("Enter your postal code", 12),
      province: optionalText(40),
      country_code: z
        .string({ error: "Choose a country" })
        .trim()
        .toLowerCase()
        .refine((code) => countries.includes(code), { error: "Choose a country we deliver to in this region" }),
      phone: z
        .string()
        .trim()
        .refine((v) => v === "" || /^\+?[\d\s()./-]{6,20}$/.test(v), {
          error: "Enter a phone number with digits only, like +49 30 1234567",
        })
        .optional()
        .default(""),
    })
    .superRefine((value, ctx) => {
      // Country-specific formats only make sense for a country we deliver to (else that is the error).
      if (!countries.includes(value.country_code)) return;
      const format = POSTAL_CODES[value.country_code];
      const postalOk = format
        ? format.pattern.test(value.postal_code)
        : /^[A-Za-z0-9 -]{2,10}$/.test(value.postal_code);
      if (value.postal_code && !postalOk) {
        ctx.addIssue({
          code: "custom",
          path: ["postal_code"],
          message: format ? `Enter a valid postal code, like ${format.example}` : "Enter a valid postal code",
        });
      }
      if (value.country_code === "us" && !/^[A-Za-z]{2}$/.test(value.province)) {
        ctx.addIssue({ code: "custom", path: ["province"], message: "Enter your state as two letters, like CA" });
      }
    });
}

export type Details = z.infer<ReturnType<typeof detailsSchema>>;

export type DetailsResult = { ok: true; data: Details } | { ok: false; errors: DetailsErrors; values: DetailsValues };

/** The submitted values as strings (to refill the form after an error). */
export function detailsValues(form: FormData): DetailsValues {
  const values = {} as DetailsValues;
  for (const field of DETAILS_FIELDS) {
    const v = form.get(field);
    values[field] = typeof v === "string" ? v : "";
  }
  return values;
}

/** Validate the details form; the first problem per field is reported beside that field. */
export function parseDetails(form: FormData, countries: readonly string[]): DetailsResult {
  const values = detailsValues(form);
  const parsed = detailsSchema(countries).safeParse(values);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: DetailsErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as DetailsField | undefined;
    if (field && !errors[field]) errors[field] = issue.message;
  }
  return { ok: false, errors, values };
}

/** The cart update that stores the details: one write, shipping and billing address alike. */
export function cartUpdateFromDetails(details: Details) {
  const address = {
    first_name: details.first_name,
    last_name: details.last_name,
    address_1: details.address_1,
    address_2: details.address_2 || undefined,
    city: details.city,
    postal_code: details.postal_code.toUpperCase(),
    province: details.province ? details.province.toUpperCase() : undefined,
    country_code: details.country_code,
    phone: details.phone || undefined,
  };
  return { email: details.email.toLowerCase(), shipping_address: address, billing_address: address };
}

/** Prefill from the cart (returning to step 1), falling back to the shopper's country. */
export function detailsFromCart(
  cart: { email?: string | null; shipping_address?: { [K in Exclude<DetailsField, "email">]?: string | null } | null },
  countryCode: string,
): DetailsValues {
  const a = cart.shipping_address ?? {};
  return {
    email: cart.email ?? "",
    first_name: a.first_name ?? "",
    last_name: a.last_name ?? "",
    address_1: a.address_1 ?? "",
    address_2: a.address_2 ?? "",
    city: a.city ?? "",
    postal_code: a.postal_code ?? "",
    province: a.province ?? "",
    country_code: a.country_code ?? countryCode,
    phone: a.phone ?? "",
  };
}
