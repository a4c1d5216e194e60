/**
 * Field rules for order lines typed or pasted by the buyer (variant matrix, quick order). The site
 * checks only the form of a line; the backend decides whether the SKU exists and the quantity
 * suits its rule.
 */
import { z } from "astro/zod";
import { MAX_QUANTITY, parseQuantity } from "../pricing/tiers";

export const QUANTITY_MESSAGE = `Enter a whole number from 1 to ${MAX_QUANTITY}.`;
export const MAX_SKU_LENGTH = 64;

/** A line's quantity as typed: blank or 0 -> null (no line); otherwise a whole number in range. */
export const lineQuantityField = z
  .string()
  .max(32, { error: QUANTITY_MESSAGE })
  .transform((raw, ctx) => {
    const text = raw.trim();
    if (text === "" || /^0+$/.test(text)) return null;
    const quantity = parseQuantity(text);
    if (quantity !== null) return quantity;
    ctx.addIssue({ code: "custom", message: `“${text.slice(0, 12)}” is not a quantity. ${QUANTITY_MESSAGE}` });
    return z.NEVER;
  });

/** A SKU as typed: trimmed, printable, at most 64 characters; blank -> null. */
export const lineSkuField = z
  .string()
  .transform((raw) =>
    raw
      .trim()
      .replace(/^"(.*)"$/, "$1")
      .trim(),
  )
  .pipe(
    z.union([
      z.literal(""),
      z
        .string()
        .max(MAX_SKU_LENGTH, { error: `A SKU has at most ${MAX_SKU_LENGTH} characters.` })
        .regex(/^[^\u0000-\u001f\u007f<>]+$/u, {
          error: "A SKU has letters, digits and dashes, like COLOMBIA-HUILA-1KG.",
        }),
    ]),
  )
  .transform((sku) => sku || null);

/** The first message of a zod field check, or null when the value passes. */
export function fieldProblem<S extends z.ZodType>(
  schema: S,
  value: unknown,
): { ok: true; value: z.infer<S> } | { ok: false; message: string } {
  const result = schema.safeParse(value);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, message: result.error.issues[0]?.message ?? "Please check this field." };
}
