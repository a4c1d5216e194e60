/**
 * Requested vs offered, per quote line: what changed, in words a buyer can scan ("Quantity 10 →
 * 12", "Unit price €28.10 → €25.00"). The backend says which kind of change a line is; the
 * details are worked out here from the two sets of figures.
 */
import type { LineChange, QuoteLine } from "./types";

export const LINE_CHANGE_LABELS: Record<LineChange, string> = {
  unchanged: "Unchanged",
  changed: "Changed",
  added: "Added",
  removed: "Removed",
};

export interface LineChangeView {
  change: LineChange;
  label: string;
  /** Sentences describing the change; empty for an unchanged line. */
  details: string[];
}

type Money = (amount: number) => string;

/** The kind of change, from the backend's `change` or, when absent, from the figures. */
export function lineChangeKind(
  line: Pick<QuoteLine, "requested_quantity" | "requested_unit_price" | "quantity" | "unit_price"> & {
    change?: string | null;
    removed?: boolean;
  },
): LineChange {
  if (line.change === "added" || line.change === "removed" || line.change === "changed" || line.change === "unchanged")
    return line.change;
  if (line.removed) return "removed";
  if (line.requested_quantity === null) return "added";
  return line.requested_quantity !== line.quantity || line.requested_unit_price !== line.unit_price
    ? "changed"
    : "unchanged";
}

/** "−11%" / "+5%" (rounded, never "−0%"); null when there is nothing to compare against. */
export function percentChange(from: number | null, to: number): string | null {
  if (from === null || from === 0 || !Number.isFinite(from) || !Number.isFinite(to)) return null;
  const percent = Math.round(((to - from) / from) * 100);
  if (percent === 0) return null;
  return percent > 0 ? `+${percent}%` : `−${Math.abs(percent)}%`;
}

export function describeLineChange(line: QuoteLine, money: Money): LineChangeView {
  const change = lineChangeKind(line);
  const label = LINE_CHANGE_LABELS[change];
  if (change === "added")
    return { change, label, details: [`Added to the offer: ${line.quantity} × ${money(line.unit_price)}`] };
  if (change === "removed") {
    const was =
      line.requested_quantity !== null && line.requested_unit_price !== null
        ? `: you asked for ${line.requested_quantity} × ${money(line.requested_unit_price)}`
        : "";
    return { change, label, details: [`Not part of the offer${was}`] };
  }
  const details: string[] = [];
  if (line.requested_quantity !== null && line.requested_quantity !== line.quantity) {
    details.push(`Quantity ${line.requested_quantity} → ${line.quantity}`);
  }
  if (line.requested_unit_price !== null && line.requested_unit_price !== line.unit_price) {
    const percent = percentChange(line.requested_unit_price, line.unit_price);
    details.push(
      `Unit price ${money(line.requested_unit_price)} → ${money(line.unit_price)}${percent ? ` (${percent})` : ""}`,
    );
  }
  // The backend may call a line "changed" for something these figures do not show (e.g. rounding).
  return { change: details.length === 0 && change === "changed" ? "changed" : change, label, details };
}

/** The offer against the request: the difference of the net subtotals, signed. */
export function totalsDifference(totals: { requested_subtotal: number; subtotal: number }): {
  amount: number;
  percent: string | null;
} {
  const amount = Math.round((totals.subtotal - totals.requested_subtotal) * 100) / 100;
  return { amount, percent: percentChange(totals.requested_subtotal, totals.subtotal) };
}

/** Lines a message can be about, for the reply form's select ("" = the whole quote). */
export function lineOptions(
  lines: readonly Pick<QuoteLine, "id" | "title" | "variant_title" | "sku">[],
): Array<{ value: string; label: string }> {
  return [{ value: "", label: "The whole quote" }, ...lines.map((line) => ({ value: line.id, label: lineName(line) }))];
}

export function lineName(line: Pick<QuoteLine, "title" | "variant_title" | "sku">): string {
  return [line.title, line.variant_title].filter(Boolean).join(", ") + (line.sku ? ` (${line.sku})` : "");
}
