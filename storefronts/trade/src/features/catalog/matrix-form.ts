/**
 * The variant matrix on the product page: one quantity field per variant, all sent in one POST
 * (`variant_id` and `quantity` repeated, row by row). Blank or 0 means "not this size".
 */
import { z } from "astro/zod";
import { fieldProblem, lineQuantityField } from "../cart/line-fields";

/** More rows than any product has variants: a longer post is not ours. */
const MAX_ROWS = 100;

const matrixShape = z
  .object({
    variant_id: z.array(z.string().max(64)).max(MAX_ROWS),
    quantity: z.array(z.string().max(32)).max(MAX_ROWS),
  })
  .refine((rows) => rows.variant_id.length === rows.quantity.length, { error: "Every size needs its quantity field." });

export type MatrixInput =
  | { ok: true; items: Array<{ variantId: string; quantity: number }>; entered: Record<string, string> }
  /** `errors` by variant id; `form` for the matrix as a whole. */
  | { ok: false; errors: Record<string, string>; entered: Record<string, string> };

/** What the buyer typed per variant (GET "show prices" or a refused POST), to fill the fields again. */
export function enteredQuantities(fields: FormData | URLSearchParams): Record<string, string> {
  const ids = fields.getAll("variant_id");
  const quantities = fields.getAll("quantity");
  const entered: Record<string, string> = {};
  ids.forEach((id, index) => {
    const quantity = quantities[index];
    if (typeof id === "string" && typeof quantity === "string" && id.length <= 64)
      entered[id] = quantity.trim().slice(0, 12);
  });
  return entered;
}

/**
 * Reads the matrix: every non-blank row must be an orderable variant of this product with a whole
 * quantity; at least one row must be filled in. Nothing else reaches the backend.
 */
export function parseVariantMatrix(form: FormData, orderableVariantIds: ReadonlySet<string>): MatrixInput {
  const shape = matrixShape.safeParse({
    variant_id: form.getAll("variant_id").filter((v) => typeof v === "string"),
    quantity: form.getAll("quantity").filter((v) => typeof v === "string"),
  });
  if (!shape.success)
    return {
      ok: false,
      errors: { form: shape.error.issues[0]?.message ?? "Please check the quantities." },
      entered: {},
    };

  const entered = enteredQuantities(form);
  const errors: Record<string, string> = {};
  const items: Array<{ variantId: string; quantity: number }> = [];
  shape.data.variant_id.forEach((variantId, index) => {
    const quantity = fieldProblem(lineQuantityField, shape.data.quantity[index] ?? "");
    if (!quantity.ok) {
      errors[variantId] = quantity.message;
      return;
    }
    if (quantity.value === null) return;
    if (!orderableVariantIds.has(variantId)) {
      errors[variantId] = "This size cannot be ordered at the moment.";
      return;
    }
    const existing = items.find((item) => item.variantId === variantId);
    if (existing) existing.quantity += quantity.value;
    else items.push({ variantId, quantity: quantity.value });
  });
  if (Object.keys(errors).length > 0) return { ok: false, errors, entered };
  if (items.length === 0) return { ok: false, errors: { form: "Enter a quantity for at least one size." }, entered };
  return { ok: true, items, entered };
}
