/**
 * Order lines from pasted text or an uploaded CSV file: one `sku,quantity` per line. Tolerates what
 * spreadsheets and ERPs produce: `,` `;` or tab between the values, a header row (its columns then
 * say where SKU and quantity are, and further columns are ignored), double quotes, a byte-order
 * mark, Windows line ends, blank lines. Without a header a line must hold exactly two values, so a
 * quantity written "1,000" is refused rather than read as 1.
 *
 * Only the form of each line is checked here (see `checkLine`); the backend decides whether the
 * SKU exists and the quantity suits its rule.
 */
import { fieldProblem, lineQuantityField, lineSkuField } from "../cart/line-fields";

/** Most lines one quick order may hold (the backend's bulk add takes 500). */
export const MAX_ORDER_LINES = 500;
/** Most characters of pasted text or of an uploaded file (500 lines need well under 40 KB). */
export const MAX_ORDER_TEXT = 200_000;
const MAX_LINE_LENGTH = 500;

/** A line as the buyer wrote it: raw values, kept to show them again. */
export interface RawLine {
  sku: string;
  quantity: string;
}

export interface SourceLine extends RawLine {
  /** 1-based line number in the text (header and blank lines counted), for messages. */
  sourceLine: number;
}

export interface LineProblems {
  sku?: string;
  quantity?: string;
}

export interface ParsedOrderText {
  lines: SourceLine[];
  /** What is wrong with the form of a line, by its line number in the text (`lines[].sourceLine`). */
  problems: Array<{ line: number; field: "sku" | "quantity"; message: string }>;
  /** A problem with the text as a whole (too many lines, a header without a SKU column…); then `lines` is empty. */
  error: string | null;
}

const SKU_HEADER =
  /^(sku|item|item ?(no|number|#)|article( ?(no|number))?|code|product ?code|artikel(nummer)?|ref(erence)?)$/i;
const QUANTITY_HEADER = /^(qty|quantity|quantities|amount|count|units|menge|anzahl|pcs|pieces)$/i;

/** The delimiter of one line: tab, else semicolon, else comma. */
function delimiterOf(line: string): string {
  if (line.includes("\t")) return "\t";
  if (line.includes(";")) return ";";
  return ",";
}

/** Splits one line at `delimiter`, honouring double-quoted values ("a, b" and "" inside quotes). */
export function splitDelimited(line: string, delimiter: string): string[] {
  const values: string[] = [];
  let value = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        value += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        value += char;
      }
    } else if (char === '"' && value.trim() === "") {
      quoted = true;
      value = "";
    } else if (char === delimiter) {
      values.push(value.trim());
      value = "";
    } else {
      value += char;
    }
  }
  values.push(value.trim());
  return values;
}

function isHeader(values: string[]): boolean {
  return values.some((v) => SKU_HEADER.test(v)) || values.some((v) => QUANTITY_HEADER.test(v));
}

/** The form problems of one line (typed into a row, pasted, or uploaded). */
export function checkLine(line: RawLine): LineProblems {
  const problems: LineProblems = {};
  const sku = fieldProblem(lineSkuField, line.sku);
  const quantity = fieldProblem(lineQuantityField, line.quantity);
  if (!sku.ok) problems.sku = sku.message;
  else if (sku.value === null) problems.sku = "Enter a SKU.";
  if (!quantity.ok) problems.quantity = quantity.message;
  else if (quantity.value === null) problems.quantity = "Enter a quantity of at least 1.";
  return problems;
}

/** True for a row left empty (both fields blank): it is not a line. */
export function isBlankLine(line: RawLine): boolean {
  return line.sku.trim() === "" && line.quantity.trim() === "";
}

/** Reads pasted text or a file's text into lines; see the module docblock. */
export function parseOrderText(text: string, maxLines = MAX_ORDER_LINES): ParsedOrderText {
  const empty = (error: string): ParsedOrderText => ({ lines: [], problems: [], error });
  if (text.length > MAX_ORDER_TEXT)
    return empty(
      `That is too much text: at most ${MAX_ORDER_TEXT.toLocaleString("en")} characters (about ${maxLines} lines).`,
    );
  if (text.includes("\u0000"))
    return empty("This is not a text file. Save the list as CSV (sku,quantity per line) and upload that.");

  const rows = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  const lines: SourceLine[] = [];
  const problems: ParsedOrderText["problems"] = [];
  let columns: { sku: number; quantity: number } | null = null;
  let seenContent = false;

  for (let index = 0; index < rows.length; index++) {
    const row = rows[index]!;
    const sourceLine = index + 1;
    if (row.trim() === "") continue;
    if (row.length > MAX_LINE_LENGTH) {
      problems.push({
        line: sourceLine,
        field: "sku",
        message: `This line is longer than ${MAX_LINE_LENGTH} characters.`,
      });
      lines.push({ sourceLine, sku: row.slice(0, 64), quantity: "" });
      continue;
    }
    const values = splitDelimited(row, delimiterOf(row));

    if (!seenContent) {
      seenContent = true;
      if (isHeader(values)) {
        const sku = values.findIndex((v) => SKU_HEADER.test(v));
        const quantity = values.findIndex((v) => QUANTITY_HEADER.test(v));
        if (sku < 0 || quantity < 0) {
          return empty(
            `The header on line ${sourceLine} needs a “sku” and a “quantity” column (found: ${values.filter(Boolean).join(", ")}).`,
          );
        }
        columns = { sku, quantity };
        continue;
      }
    }

    let line: RawLine;
    if (columns) {
      line = { sku: values[columns.sku] ?? "", quantity: values[columns.quantity] ?? "" };
    } else {
      const filled = values.length > 2 ? values.filter((v, i) => i < 2 || v !== "") : values;
      line = { sku: filled[0] ?? "", quantity: filled[1] ?? "" };
      if (filled.length > 2) {
        problems.push({
          line: sourceLine,
          field: "quantity",
          message: `${filled.length} values on one line; write one SKU and one quantity, like COLOMBIA-HUILA-1KG,12 (no thousands separators).`,
        });
        lines.push({ sourceLine, ...line });
        continue;
      }
    }
    lines.push({ sourceLine, ...line });
    const lineProblems = checkLine(line);
    if (lineProblems.sku) problems.push({ line: sourceLine, field: "sku", message: lineProblems.sku });
    if (lineProblems.quantity) problems.push({ line: sourceLine, field: "quantity", message: lineProblems.quantity });
  }

  if (lines.length > maxLines) {
    return empty(
      `That is ${lines.length} lines; one quick order takes at most ${maxLines}. Split the list and add the rest afterwards.`,
    );
  }
  return { lines, problems, error: null };
}
