import type { QuantityRuleShape } from "./quantity-rules"
import { checkQuantity } from "./quantity-rules"
import { stillAvailable, stockProblem, stockShortfalls } from "@hybrid/plugin-kit/stock"

/**
 * Bulk add, pure part: each input line resolved to a variant (or not), checked for a valid
 * quantity and, for trade carts, the variant's quantity rule on the merged total (what the cart
 * holds + every line of that variant).
 */

export type BulkLineInput = { sku?: string; variant_id?: string; quantity: unknown }

export type BulkError = {
  line: number
  sku: string | null
  field: "sku" | "quantity"
  message: string
  allowed?: QuantityRuleShape
  /** For a stock error: how many more the cart can take (0 when sold out). */
  available?: number
}

export type ResolvedVariant = { id: string; sku: string | null; visible: boolean }

export type CheckedLine = { line: number; variant: ResolvedVariant; quantity: number }

export const MAX_LINE_QUANTITY = 100_000

export function checkBulkLines(
  items: BulkLineInput[],
  lookup: { bySku: Map<string, ResolvedVariant>; byId: Map<string, ResolvedVariant> },
  held: Map<string, number>,
  rules: Map<string, QuantityRuleShape> | null
): { lines: CheckedLine[]; errors: BulkError[] } {
  const errors: BulkError[] = []
  const lines: CheckedLine[] = []
  items.forEach((item, index) => {
    const line = index + 1
    const sku = item.sku?.trim() || null
    let variant: ResolvedVariant | undefined
    if (sku) {
      variant = lookup.bySku.get(sku) ?? lookup.bySku.get(sku.toUpperCase())
    } else if (item.variant_id) {
      variant = lookup.byId.get(item.variant_id)
    }
    const label = sku ?? item.variant_id ?? null
    if (!sku && !item.variant_id) {
      errors.push({ line, sku: null, field: "sku", message: "sku: give a SKU or a variant_id" })
    } else if (!variant || !variant.visible) {
      errors.push({
        line,
        sku: label,
        field: "sku",
        message: sku ? `sku: unknown SKU ${sku}` : `sku: unknown variant ${item.variant_id}`,
      })
    }
    const quantity = item.quantity
    const validQuantity =
      typeof quantity === "number" && Number.isInteger(quantity) && quantity >= 1 && quantity <= MAX_LINE_QUANTITY
    if (!validQuantity) {
      errors.push({
        line,
        sku: variant?.sku ?? label,
        field: "quantity",
        message: `quantity: expected a whole number from 1 to ${MAX_LINE_QUANTITY} (got ${JSON.stringify(quantity ?? null)})`,
      })
    }
    if (variant?.visible && validQuantity) {
      lines.push({ line, variant, quantity: quantity as number })
    }
  })

  if (rules) {
    const totals = new Map<string, number>()
    for (const l of lines) {
      totals.set(l.variant.id, (totals.get(l.variant.id) ?? held.get(l.variant.id) ?? 0) + l.quantity)
    }
    for (const l of lines) {
      const rule = rules.get(l.variant.id)
      const total = totals.get(l.variant.id)!
      const message = checkQuantity(l.variant.sku ?? l.variant.id, rule, total, l.quantity)
      if (message && rule) {
        errors.push({ line: l.line, sku: l.variant.sku, field: "quantity", message, allowed: rule })
      }
    }
  }
  errors.sort((a, b) => a.line - b.line)
  return { lines, errors }
}

/** One add per variant: duplicate rows merged, in the order of their first line. */
export function mergeLines(lines: CheckedLine[]): { variant_id: string; quantity: number }[] {
  const merged = new Map<string, number>()
  for (const l of lines) {
    merged.set(l.variant.id, (merged.get(l.variant.id) ?? 0) + l.quantity)
  }
  return [...merged.entries()].map(([variant_id, quantity]) => ({ variant_id, quantity }))
}

/**
 * Stock, per variant the rows add: what the cart holds plus every row of that variant must fit
 * what the cart's sales channel can still sell (`available`: stocked − reserved at its locations,
 * per unit of the variant; absent for a variant whose stock is not managed or that may be
 * backordered). One error per variant, on its last row: "Only 4 in stock" or "Out of stock",
 * with what the cart holds already when it holds some.
 */
export function checkStock(
  lines: CheckedLine[],
  held: Map<string, number>,
  sellable: Map<string, number>
): BulkError[] {
  const asked = new Map<string, number>()
  const lastLine = new Map<string, CheckedLine>()
  for (const l of lines) {
    asked.set(l.variant.id, (asked.get(l.variant.id) ?? 0) + l.quantity)
    lastLine.set(l.variant.id, l)
  }
  return stockShortfalls(asked, held, sellable).map((shortfall) => {
    const l = lastLine.get(shortfall.variant_id)!
    return {
      line: l.line,
      sku: l.variant.sku,
      field: "quantity" as const,
      message: `quantity: ${stockProblem(shortfall)}`,
      available: stillAvailable(shortfall),
    }
  })
}
