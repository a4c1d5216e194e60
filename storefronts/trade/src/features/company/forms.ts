/**
 * Reading a posted form through a zod schema, the same way on every company page: each error is
 * keyed by the field it belongs to (shown next to that field), the submitted values come back for
 * re-rendering (never a password), and a backend 400 that names a field is put next to it.
 */
import type { z } from "astro/zod";

export type FieldErrors<F extends string = string> = Partial<Record<F, string>>;

export type FormResult<T, F extends string = string> =
  | { ok: true; data: T }
  | { ok: false; errors: FieldErrors<F>; values: Record<string, string> };

/** A text field of the form; a file upload in its place reads as missing. */
export function textField(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
}

/** Fields whose value must never be echoed back into the page. */
const SECRET = /password/i;

/**
 * Validates `fields` of `form` with `schema`. On failure: the first message per field, and the
 * submitted values (trimmed, capped, passwords dropped) to fill the form again.
 */
export function parseForm<S extends z.ZodType, F extends string>(
  schema: S,
  form: FormData,
  fields: readonly F[],
): FormResult<z.infer<S>, F> {
  const raw: Record<string, string | undefined> = {};
  for (const name of fields) raw[name] = textField(form, name);
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors<F> = {};
  for (const issue of result.error.issues) {
    const name = issue.path[0];
    if (typeof name === "string" && (fields as readonly string[]).includes(name) && !errors[name as F]) {
      errors[name as F] = issue.message;
    }
  }
  if (Object.keys(errors).length === 0)
    errors[fields[0]!] = result.error.issues[0]?.message ?? "Please check this field.";
  return { ok: false, errors, values: echoValues(raw) };
}

/** Submitted values safe to render back into the form. */
export function echoValues(raw: Record<string, string | undefined>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined || SECRET.test(name)) continue;
    values[name] = value.trim().slice(0, 500);
  }
  return values;
}

/**
 * Puts a backend refusal (`400 invalid_data "... <field> ..."`) next to the field it names.
 * `aliases` maps backend field names to form field names (e.g. `applicant.email` -> `email`);
 * the longest matching name wins so `vat_id` is not mistaken for `id`. Unmatched -> `general`.
 */
export function backendFieldError<F extends string>(
  message: string,
  fields: readonly F[],
  aliases: Readonly<Record<string, F>> = {},
): { field: F | "general"; message: string } {
  const candidates: Array<[string, F]> = [...Object.entries(aliases), ...fields.map((f) => [f, f] as [string, F])].sort(
    (a, b) => b[0].length - a[0].length,
  );
  const lower = message.toLowerCase();
  for (const [name, field] of candidates) {
    const pattern = new RegExp(`(^|[^a-z0-9_.])${escapeRegExp(name.toLowerCase())}($|[^a-z0-9_])`);
    if (pattern.test(lower)) return { field, message };
  }
  return { field: "general", message };
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** For ErrorPanel: links to the fields at fault (`field-<name>` ids, as FormField renders them). */
export function errorLinks(
  errors: Record<string, string | undefined>,
  idPrefix = "field-",
): Array<{ field: string; message: string }> {
  return Object.entries(errors)
    .filter((entry): entry is [string, string] => typeof entry[1] === "string" && entry[0] !== "general")
    .map(([field, message]) => ({ field: `${idPrefix}${field}`, message }));
}

/** The submitted values of `fields`, safe to render back (after a backend refusal). */
export function formValues(form: FormData, fields: readonly string[]): Record<string, string> {
  return echoValues(Object.fromEntries(fields.map((name) => [name, textField(form, name)])));
}
