/** Validation of the cart page's forms (change quantity, remove a line). */
import { z } from "astro/zod";
import { MAX_LINE_QUANTITY } from "../product/add-to-cart";

const lineId = z.string().regex(/^cali_[A-Za-z0-9]+$/, { error: "That item is no longer in your cart" });

const cartFormSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({
      intent: z.literal("update"),
      line_id: lineId,
      quantity: z.coerce
        .number({ error: "Enter a quantity" })
        .int({ error: "Enter a whole number" })
        .min(0, { error: "Enter 0 or more" })
        .max(MAX_LINE_QUANTITY, { error: `At most ${MAX_LINE_QUANTITY} per item` }),
    }),
    z.object({ intent: z.literal("remove"), line_id: lineId }),
  ],
  { error: "Something is wrong with that change; please try again" },
);

export type CartAction = { type: "update"; lineId: string; quantity: number } | { type: "remove"; lineId: string };

/**
 * The requested change, or the message to show beside the line. Quantity 0 means remove.
 * `lineIds` are the ids in the shopper's cart: a line from another cart is refused.
 */
export function parseCartForm(
  form: FormData,
  lineIds: ReadonlySet<string>,
): { ok: true; action: CartAction } | { ok: false; lineId: string | null; message: string } {
  const raw = Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string"));
  const parsed = cartFormSchema.safeParse(raw);
  const rawLine = typeof raw.line_id === "string" ? raw.line_id : null;
  if (!parsed.success)
    return {
      ok: false,
      lineId: rawLine,
      message: parsed.error.issues[0]?.message ?? "Something is wrong with that change",
    };
  if (!lineIds.has(parsed.data.line_id))
    return { ok: false, lineId: null, message: "That item is no longer in your cart" };
  if (parsed.data.intent === "remove" || parsed.data.quantity === 0)
    return { ok: true, action: { type: "remove", lineId: parsed.data.line_id } };
  return { ok: true, action: { type: "update", lineId: parsed.data.line_id, quantity: parsed.data.quantity } };
}
