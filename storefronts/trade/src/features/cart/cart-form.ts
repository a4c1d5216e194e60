import { parseQuantity } from "../pricing/tiers";

export type CartAction =
  | { ok: true; intent: "update"; lineId: string; quantity: number }
  | { ok: true; intent: "remove"; lineId: string }
  | { ok: false; lineId?: string; error: string };

const LINE_ID = /^[A-Za-z0-9_]{1,64}$/;

/** Reads a cart form post: update a line's quantity, or remove a line. */
export function parseCartAction(form: FormData): CartAction {
  const intent = form.get("intent");
  const rawLine = form.get("line_id");
  const lineId = typeof rawLine === "string" && LINE_ID.test(rawLine) ? rawLine : undefined;
  if (!lineId) return { ok: false, error: "That cart line no longer exists." };
  if (intent === "remove") return { ok: true, intent, lineId };
  if (intent !== "update") return { ok: false, lineId, error: "Unknown cart action." };
  const quantity = parseQuantity(form.get("quantity"));
  if (quantity === null)
    return { ok: false, lineId, error: "Enter a whole number from 1 to 9999, or remove the line." };
  return { ok: true, intent, lineId, quantity };
}
