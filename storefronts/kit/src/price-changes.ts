/**
 * "Prices changed" at Place order: the backend refuses to complete a cart whose lines no longer
 * hold what the customer gets now (an expired contract or sale, a changed customer group) with
 * 409 `{ code: "cart_prices_changed", message, lines }`. Both checkouts show the changed lines with
 * old → new price and a one-click "Update prices" (`client.checkout.refreshPrices`).
 */
import { isBackendRequestError } from "./errors";

/** The 409 body's `code` (the trade-pricing plugin's PRICES_CHANGED_CODE). */
export const PRICES_CHANGED_CODE = "cart_prices_changed";

/** The form field a checkout's "Update prices" button posts (`intent=refresh-prices`). */
export const REFRESH_PRICES_INTENT = "refresh-prices";

/** One line whose price changed, as the backend describes it. */
export interface PriceChange {
  line_item_id: string;
  sku: string | null;
  title: string;
  quantity: number;
  /** The unit price the cart holds. */
  unit_price: number;
  /** What the customer gets now; null when the item is no longer sold to them. */
  current_unit_price: number | null;
}

function isPriceChange(value: unknown): value is PriceChange {
  const line = value as Partial<PriceChange> | null;
  return (
    !!line &&
    typeof line.line_item_id === "string" &&
    typeof line.title === "string" &&
    typeof line.quantity === "number" &&
    typeof line.unit_price === "number" &&
    (typeof line.current_unit_price === "number" || line.current_unit_price === null)
  );
}

/**
 * The changed lines of a completion refused because prices changed, or null for any other error.
 * An answer without usable lines (an older backend) still counts: [] — the page then offers
 * "Update prices" with the backend's message alone.
 */
export function priceChangesOf(error: unknown): PriceChange[] | null {
  if (!isBackendRequestError(error) || error.status !== 409) return null;
  const body = error.body as { code?: unknown; lines?: unknown } | undefined;
  if (body?.code !== PRICES_CHANGED_CODE && !/^Prices changed/.test(error.message)) return null;
  return Array.isArray(body?.lines) ? body.lines.filter(isPriceChange) : [];
}

/** Whether a checkout form asked for "Update prices" rather than "Place order". */
export function wantsPriceRefresh(form: FormData): boolean {
  return form.get("intent") === REFRESH_PRICES_INTENT;
}
