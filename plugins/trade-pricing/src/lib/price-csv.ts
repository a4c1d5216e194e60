import { parse } from "csv-parse/sync"
import { PRICE_CSV_COLUMNS } from "../constants"

/**
 * Price list CSV: `sku,currency,amount,min_quantity`, one price per row, amounts in major units
 * (net), min_quantity empty = 1. Pure parsing and validation; lookups (SKUs, currencies, the
 * list's current prices) are passed in so the rules are unit-tested without a database.
 */

export type CsvError = { line: number; field: string; message: string }

export type ParsedPriceRow = {
  /** CSV line number, the header being line 1. */
  line: number
  sku: string
  currency_code: string
  amount: number
  min_quantity: number
}

export type RawPriceRow = { line: number; sku: string; currency: string; amount: string; min_quantity: string }

/** Splits the CSV into raw rows; a wrong header or malformed CSV is one error on line 1 or the bad line. */
export function readPriceCsv(csv: string): { rows: RawPriceRow[]; errors: CsvError[] } {
  let records: { record: string[]; info: { lines: number } }[]
  try {
    records = parse(csv, {
      bom: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[]
  } catch (error) {
    const line = Number((error as { lines?: number }).lines ?? 1)
    return { rows: [], errors: [{ line, field: "csv", message: `csv: not valid CSV (${(error as Error).message})` }] }
  }
  if (!records.length) {
    return {
      rows: [],
      errors: [
        { line: 1, field: "csv", message: `csv: empty file; expected the header ${PRICE_CSV_COLUMNS.join(",")}` },
      ],
    }
  }
  const header = records[0].record.map((h) => h.toLowerCase())
  const index = Object.fromEntries(PRICE_CSV_COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<
    (typeof PRICE_CSV_COLUMNS)[number],
    number
  >
  const missing = PRICE_CSV_COLUMNS.filter((c) => index[c] < 0 && c !== "min_quantity")
  if (missing.length) {
    return {
      rows: [],
      errors: [
        {
          line: 1,
          field: "csv",
          message: `csv: header must be ${PRICE_CSV_COLUMNS.join(",")} (missing: ${missing.join(", ")})`,
        },
      ],
    }
  }
  const cell = (record: string[], column: (typeof PRICE_CSV_COLUMNS)[number]) =>
    index[column] >= 0 ? (record[index[column]] ?? "").trim() : ""
  // Blank lines are skipped by the parser, so line numbers come from the parser's own count.
  const rows = records.slice(1).map(({ record, info }) => ({
    line: info.lines,
    sku: cell(record, "sku"),
    currency: cell(record, "currency"),
    amount: cell(record, "amount"),
    min_quantity: cell(record, "min_quantity"),
  }))
  return { rows, errors: [] }
}

const AMOUNT = /^\d+(\.\d{1,4})?$/
const WHOLE = /^\d+$/

export type PriceCsvContext = {
  /** SKUs that exist (upper/lower case as stored). */
  knownSkus: Set<string>
  /** Currency codes the store sells in, lower case. */
  currencies: Set<string>
}

/**
 * Validates raw rows: unknown SKU, unknown currency, bad or negative amount, bad min_quantity,
 * duplicate row (same sku + currency + min_quantity as an earlier row). Every problem of every row
 * is reported; rows with no problem are returned parsed.
 */
export function validatePriceRows(
  rows: RawPriceRow[],
  ctx: PriceCsvContext
): { valid: ParsedPriceRow[]; errors: CsvError[] } {
  const errors: CsvError[] = []
  const valid: ParsedPriceRow[] = []
  const seen = new Map<string, number>()
  for (const row of rows) {
    const before = errors.length
    if (!row.sku) {
      errors.push({ line: row.line, field: "sku", message: "sku: required" })
    } else if (!ctx.knownSkus.has(row.sku)) {
      errors.push({ line: row.line, field: "sku", message: `sku: unknown SKU ${row.sku}` })
    }
    const currency = row.currency.toLowerCase()
    if (!currency) {
      errors.push({ line: row.line, field: "currency", message: "currency: required" })
    } else if (!ctx.currencies.has(currency)) {
      errors.push({
        line: row.line,
        field: "currency",
        message: `currency: unknown currency ${row.currency} (expected one of ${[...ctx.currencies].sort().join(", ")})`,
      })
    }
    let amount = NaN
    if (!AMOUNT.test(row.amount)) {
      errors.push({
        line: row.line,
        field: "amount",
        message: row.amount.startsWith("-")
          ? `amount: must not be negative (got ${row.amount})`
          : `amount: expected a number such as 12.50 (got ${row.amount || "nothing"})`,
      })
    } else {
      amount = Number(row.amount)
      if (amount <= 0) {
        errors.push({ line: row.line, field: "amount", message: "amount: must be greater than 0" })
      }
    }
    let minQuantity = 1
    if (row.min_quantity !== "") {
      if (!WHOLE.test(row.min_quantity) || Number(row.min_quantity) < 1) {
        errors.push({
          line: row.line,
          field: "min_quantity",
          message: `min_quantity: expected a whole number of at least 1 (got ${row.min_quantity})`,
        })
      } else {
        minQuantity = Number(row.min_quantity)
      }
    }
    if (errors.length === before) {
      const key = `${row.sku}\u0000${currency}\u0000${minQuantity}`
      const first = seen.get(key)
      if (first !== undefined) {
        errors.push({
          line: row.line,
          field: "sku",
          message: `duplicate row: ${row.sku} ${currency} min_quantity ${minQuantity} is already on line ${first}`,
        })
        continue
      }
      seen.set(key, row.line)
      valid.push({ line: row.line, sku: row.sku, currency_code: currency, amount, min_quantity: minQuantity })
    }
  }
  return { valid, errors }
}

/** Identity of a price within a list: same variant (price set), currency and minimum quantity. */
export const priceKey = (priceSetId: string, currency: string, minQuantity: number | null | undefined) =>
  `${priceSetId}\u0000${currency.toLowerCase()}\u0000${Number(minQuantity ?? 1)}`

export type ExportPrice = { sku: string; currency_code: string; amount: number; min_quantity: number | null }

/** The export file: header plus one row per price, sorted by sku, currency, min_quantity. */
export function writePriceCsv(prices: ExportPrice[]): string {
  const escape = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value)
  const sorted = [...prices].sort(
    (a, b) =>
      a.sku.localeCompare(b.sku) ||
      a.currency_code.localeCompare(b.currency_code) ||
      Number(a.min_quantity ?? 1) - Number(b.min_quantity ?? 1)
  )
  const lines = sorted.map((p) =>
    [escape(p.sku), p.currency_code.toLowerCase(), String(Number(p.amount)), String(Number(p.min_quantity ?? 1))].join(
      ","
    )
  )
  return [PRICE_CSV_COLUMNS.join(","), ...lines].join("\n") + "\n"
}
