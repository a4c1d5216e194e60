/**
 * Quick order's POST: "Check" prices every line through the backend's dry run (nothing added);
 * "Add all to cart" sends every line in one bulk call. Any line with a problem, found here (its
 * form) or by the backend (unknown SKU, quantity rule), means nothing is added: the page is
 * rendered again (400) with every line editable, its price when known, and its problems beside it.
 *
 * Lines travel in the POST body and come back in the re-rendered form. Nothing is stored between
 * requests: a cookie cannot hold 500 lines (4 KB) and a server-side draft would need storage and
 * expiry; a preview is the answer to the POST, like a search result.
 */
import { isBackendRequestError } from "@hybrid/storefront-kit";
import {
  addItemsToCart,
  lineMessage,
  previewItems,
  type BulkItem,
  type BulkLineError,
  type BulkScope,
  type PricedLine,
} from "../cart/bulk";
import { sourceLabel } from "../pricing/explanations";
import { describeQuantityRule, type QuantityRule } from "../pricing/quantity-rule";
import type { LineProblems } from "./order-text";
import { MORE_ROWS, readQuickOrderForm, type QuickOrderLine, type QuickOrderSubmission } from "./quick-order-form";

/** Rows the empty pad starts with. */
export const INITIAL_ROWS = 5;

export interface QuickOrderRow {
  sku: string;
  quantity: string;
  problems: LineProblems;
  /** Known once the backend priced the line. */
  priced: {
    product: string;
    unitPrice: number;
    lineTotal: number;
    source: string;
  } | null;
  /** e.g. "Cases of 6 · min 12 · max 120". */
  rule: string | null;
}

export interface QuickOrderView {
  rows: QuickOrderRow[];
  /** Empty rows to render after the lines. */
  blankRows: number;
  paste: string;
  errors: QuickOrderSubmission["errors"];
  /** True when the rows carry the backend's prices (a check ran). */
  checked: boolean;
  currencyCode: string | null;
  /** Net total of the priced lines without problems. */
  total: number;
}

export type QuickOrderOutcome =
  | { kind: "redirect"; location: string }
  | { kind: "render"; status: number; view: QuickOrderView };

export function emptyQuickOrder(): QuickOrderView {
  return { rows: [], blankRows: INITIAL_ROWS, paste: "", errors: {}, checked: false, currencyCode: null, total: 0 };
}

export function hasProblems(problems: LineProblems): boolean {
  return Boolean(problems.sku || problems.quantity);
}

function rowsFrom(lines: readonly QuickOrderLine[]): QuickOrderRow[] {
  return lines.map((line) => ({
    sku: line.sku,
    quantity: line.quantity,
    problems: { ...line.problems },
    priced: null,
    rule: null,
  }));
}

function blankRowsFor(count: number): number {
  return Math.max(2, INITIAL_ROWS - count);
}

function view(
  submission: QuickOrderSubmission,
  rows: QuickOrderRow[],
  extra: Partial<QuickOrderView> = {},
): QuickOrderView {
  return {
    rows,
    blankRows: blankRowsFor(rows.length),
    paste: submission.paste,
    errors: submission.errors,
    checked: false,
    currencyCode: null,
    total: 0,
    ...extra,
  };
}

/**
 * Puts the backend's answer on the rows: prices of the priced lines and the errors, mapped back
 * from the 1-based `line` of the items sent (`sentRows[line - 1]` is the row's index).
 */
function applyBackend(
  rows: QuickOrderRow[],
  sentRows: readonly number[],
  lines: readonly PricedLine[],
  errors: readonly BulkLineError[],
): void {
  for (const line of lines) {
    const row = rows[sentRows[line.line - 1] ?? -1];
    if (!row) continue;
    const product = [line.product_title, line.title].filter(Boolean).join(" · ") || line.sku || row.sku;
    row.rule = describeQuantityRule(line.quantity_rule);
    if (line.unit_price === null) {
      // Medusa would refuse to add it; say so before anything is added.
      row.problems.sku ??= `${product} has no price in your region, so it cannot be ordered here.`;
      continue;
    }
    row.priced = {
      product,
      unitPrice: line.unit_price,
      lineTotal: line.unit_price * line.quantity,
      source: sourceLabel(line.source),
    };
  }
  for (const error of errors) {
    const row = rows[sentRows[error.line - 1] ?? -1];
    if (!row) continue;
    const field = error.field === "sku" ? "sku" : "quantity";
    if (!row.problems[field]) row.problems[field] = lineMessage(error.message);
    if (error.allowed) row.rule = describeQuantityRule(error.allowed as QuantityRule) ?? row.rule;
  }
}

function totalOf(rows: readonly QuickOrderRow[]): number {
  return rows.reduce((sum, row) => sum + (row.priced && !hasProblems(row.problems) ? row.priced.lineTotal : 0), 0);
}

/** Handles the quick order POST; see the module docblock. `form` is null when the body could not be read (too large). */
export async function handleQuickOrder(scope: BulkScope, form: FormData | null): Promise<QuickOrderOutcome> {
  if (!form) {
    const errors = { form: "That upload was too large to read. Upload a CSV of sku,quantity lines (at most 500)." };
    return { kind: "render", status: 413, view: { ...emptyQuickOrder(), errors } };
  }
  const submission = await readQuickOrderForm(form);
  const rows = rowsFrom(submission.lines);

  if (submission.intent === "more") {
    // Only more room: the lines are not judged yet.
    for (const row of rows) row.problems = {};
    return {
      kind: "render",
      status: 200,
      view: { ...view(submission, rows), blankRows: blankRowsFor(rows.length) + MORE_ROWS },
    };
  }
  if (submission.errors.form || submission.errors.paste || submission.errors.file) {
    return { kind: "render", status: 400, view: view(submission, rows) };
  }
  if (rows.length === 0) {
    return {
      kind: "render",
      status: 400,
      view: view(submission, rows, {
        errors: { form: "Enter at least one SKU and quantity, paste a list or upload a CSV file." },
      }),
    };
  }

  const sentRows: number[] = [];
  const items: BulkItem[] = [];
  rows.forEach((row, index) => {
    if (hasProblems(row.problems)) return;
    sentRows.push(index);
    items.push({ sku: row.sku, quantity: Number(row.quantity) });
  });
  const locallyClean = sentRows.length === rows.length;

  try {
    if (submission.intent === "add" && locallyClean) {
      const added = await addItemsToCart(
        scope,
        items,
        rows.map((row) => row.sku),
      );
      if (added.ok) return { kind: "redirect", location: `/cart?added=${items.length}` };
      applyBackend(rows, sentRows, [], added.errors);
      if (added.errors.length === 0) submission.errors.form = lineMessage(added.message);
    }
    if (items.length > 0) {
      const preview = await previewItems(scope, items);
      applyBackend(rows, sentRows, preview.lines, preview.errors);
      const failed = rows.some((row) => hasProblems(row.problems)) || Boolean(submission.errors.form);
      return {
        kind: "render",
        status: failed ? 400 : 200,
        view: view(submission, rows, { checked: true, currencyCode: preview.currencyCode, total: totalOf(rows) }),
      };
    }
  } catch (error) {
    if (!isBackendRequestError(error)) throw error;
    submission.errors.form = lineMessage(error.message);
  }
  return { kind: "render", status: 400, view: view(submission, rows) };
}
