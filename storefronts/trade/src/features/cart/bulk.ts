/**
 * Many lines into the cart in one request (`POST /store/carts/:id/line-items/bulk`, trade-pricing
 * plugin): the backend checks every line (unknown SKU, quantity, quantity rules counting what the
 * cart already holds) before adding anything, prices all lines in one pricing call and adds them
 * in one workflow run. Used by the product page's variant matrix and by quick order.
 */
import { isBackendRequestError, type StorefrontClient } from "@hybrid/storefront-kit";
import type { HttpTypes } from "@medusajs/types";
import type { PriceSource } from "../pricing/explanations";
import type { QuantityRule } from "../pricing/quantity-rule";
import { openCart, type CartScope } from "./cart";

/** One line to add: by SKU (quick order) or by variant id (product page). */
export type BulkItem = { sku: string; quantity: number } | { variant_id: string; quantity: number };

/** A refused line. `line` is 1-based, in the order the items were sent. */
export interface BulkLineError {
  line: number;
  sku: string | null;
  field: "sku" | "quantity";
  message: string;
  allowed?: QuantityRule;
}

/** A line of a dry run, priced for the cart's region and customer. */
export interface PricedLine {
  line: number;
  sku: string | null;
  variant_id: string;
  product_title: string | null;
  title: string | null;
  quantity: number;
  /** Null when the variant has no price for the cart's region (it cannot be added). */
  unit_price: number | null;
  source: PriceSource | null;
  quantity_rule: QuantityRule | null;
}

export type BulkAddResult =
  | { ok: true; cart: HttpTypes.StoreCart }
  /** Nothing was added. `errors` per line; `message` the backend's summary (or its only explanation). */
  | { ok: false; message: string; errors: BulkLineError[] };

export interface BulkPreview {
  currencyCode: string;
  lines: PricedLine[];
  errors: BulkLineError[];
}

export type BulkScope = CartScope & { client: Pick<StorefrontClient, "carts" | "requestWithErrorBody"> };

const bulkPath = (cartId: string) => `/store/carts/${encodeURIComponent(cartId)}/line-items/bulk`;

function lineErrorsOf(body: unknown): BulkLineError[] {
  const errors = (body as { errors?: unknown } | null | undefined)?.errors;
  if (!Array.isArray(errors)) return [];
  return errors.filter(
    (e): e is BulkLineError =>
      typeof e === "object" &&
      e !== null &&
      Number.isInteger((e as BulkLineError).line) &&
      typeof (e as BulkLineError).message === "string",
  );
}

/** The backend's message without its field prefix ("sku: Unknown SKU X" -> "Unknown SKU X"). */
export function lineMessage(message: string): string {
  return message.replace(/^\s*(?:items\.\d+\.)?(?:sku|quantity|variant_id)\s*:\s*/i, "").trim();
}

/**
 * A backend refusal without per-line errors whose message names a SKU ("quantity: SKU X is sold
 * in multiples of 6 …", e.g. from the cart's own quantity-rule check) is put on that SKU's lines.
 */
export function lineErrorsFromMessage(
  message: string,
  skus: ReadonlyArray<string | null | undefined>,
): BulkLineError[] {
  const match = /^\s*(sku|quantity)\b[^:]*:\s*(?:.*?\bSKU\s+(\S+))?/i.exec(message);
  const sku = match?.[2]?.replace(/[.,;:)]+$/, "");
  if (!match || !sku) return [];
  const field = match[1]!.toLowerCase() as "sku" | "quantity";
  return skus.flatMap((candidate, index) =>
    candidate && candidate.toLowerCase() === sku.toLowerCase()
      ? [{ line: index + 1, sku: candidate, field, message }]
      : [],
  );
}

/**
 * Adds every item in one call, opening a cart first when the buyer has none. All or nothing: on a
 * refusal nothing was added and the per-line errors come back.
 */
export async function addItemsToCart(
  scope: BulkScope,
  items: readonly BulkItem[],
  skus: ReadonlyArray<string | null> = [],
): Promise<BulkAddResult> {
  const cart = await openCart(scope);
  try {
    const result = await scope.client.requestWithErrorBody<{ cart: HttpTypes.StoreCart }>(bulkPath(cart.id), {
      method: "POST",
      token: scope.token,
      body: { items },
    });
    return { ok: true, cart: result.cart };
  } catch (error) {
    if (!isBackendRequestError(error)) throw error;
    const errors = lineErrorsOf(error.body);
    return {
      ok: false,
      message: error.message,
      errors: errors.length > 0 ? errors : lineErrorsFromMessage(error.message, skus),
    };
  }
}

/**
 * Prices the items for the buyer's cart without changing it (`dry_run: true`), with every line's
 * errors. A backend that answers a dry run with errors as a 400 is read the same way.
 */
export async function previewItems(scope: BulkScope, items: readonly BulkItem[]): Promise<BulkPreview> {
  const cart = await openCart(scope);
  const currencyCode = cart.currency_code ?? "eur";
  try {
    const result = await scope.client.requestWithErrorBody<{ lines?: PricedLine[]; errors?: BulkLineError[] }>(
      bulkPath(cart.id),
      {
        method: "POST",
        token: scope.token,
        body: { items, dry_run: true },
      },
    );
    return { currencyCode, lines: result.lines ?? [], errors: lineErrorsOf(result) };
  } catch (error) {
    if (!isBackendRequestError(error)) throw error;
    const errors = lineErrorsOf(error.body);
    if (errors.length === 0) throw error;
    const lines = (error.body as { lines?: PricedLine[] }).lines ?? [];
    return { currencyCode, lines, errors };
  }
}
