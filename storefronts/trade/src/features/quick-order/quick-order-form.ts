/**
 * The quick order form (multipart POST): rows of SKU + quantity (`sku` and `quantity` repeated,
 * row by row), a paste box and a CSV file, and the button pressed (`intent`). Pasted and uploaded
 * lines join the typed rows, in that order, so after any POST every line comes back as an
 * editable row.
 */
import { z } from "astro/zod";
import { textField } from "../company/forms";
import {
  checkLine,
  isBlankLine,
  MAX_ORDER_LINES,
  MAX_ORDER_TEXT,
  parseOrderText,
  type LineProblems,
  type RawLine,
} from "./order-text";

export const QUICK_ORDER_INTENTS = ["check", "add", "more"] as const;
export type QuickOrderIntent = (typeof QUICK_ORDER_INTENTS)[number];

/** Largest CSV file accepted (a 500-line list is about 15 KB). */
export const MAX_FILE_BYTES = 256 * 1024;
/** Rows a no-JS "more rows" adds. */
export const MORE_ROWS = 5;

export interface QuickOrderLine extends RawLine {
  problems: LineProblems;
}

export interface QuickOrderSubmission {
  intent: QuickOrderIntent;
  /** Non-blank lines: typed rows, then pasted, then uploaded. */
  lines: QuickOrderLine[];
  /** The paste box's text, kept only when it could not be read (else its lines are rows now). */
  paste: string;
  errors: { paste?: string; file?: string; form?: string };
}

const shape = z
  .object({
    intent: z.enum(QUICK_ORDER_INTENTS).catch("check"),
    sku: z
      .array(z.string().max(200, { error: "A SKU has at most 64 characters." }))
      .max(MAX_ORDER_LINES + 50, { error: `At most ${MAX_ORDER_LINES} lines at a time.` }),
    quantity: z
      .array(z.string().max(200, { error: "Enter a whole number." }))
      .max(MAX_ORDER_LINES + 50, { error: `At most ${MAX_ORDER_LINES} lines at a time.` }),
    paste: z
      .string()
      .max(MAX_ORDER_TEXT, {
        error: `Paste at most ${MAX_ORDER_LINES} lines (${MAX_ORDER_TEXT.toLocaleString("en")} characters).`,
      })
      .catch(""),
  })
  .refine((form) => form.sku.length === form.quantity.length, {
    error: "Every line needs a SKU and a quantity field.",
    path: ["sku"],
  });

const strings = (form: FormData, name: string) => form.getAll(name).filter((v): v is string => typeof v === "string");

async function readFile(value: FormDataEntryValue | null): Promise<{ text: string } | { error: string } | null> {
  if (!value || typeof value === "string" || value.size === 0) return null;
  if (value.size > MAX_FILE_BYTES)
    return {
      error: `“${value.name}” is larger than ${MAX_FILE_BYTES / 1024} KB. Upload a CSV of sku,quantity lines (at most ${MAX_ORDER_LINES}).`,
    };
  if (/\.(xlsx?|ods|numbers|pdf|docx?)$/i.test(value.name)) {
    return {
      error: `“${value.name}” is a spreadsheet or document. Save it as CSV (sku,quantity per line) and upload that.`,
    };
  }
  return { text: await value.text() };
}

/** Reads and merges the three sources; checks the form of every line (never the catalog). */
export async function readQuickOrderForm(form: FormData): Promise<QuickOrderSubmission> {
  const parsed = shape.safeParse({
    intent: textField(form, "intent") ?? "check",
    sku: strings(form, "sku"),
    quantity: strings(form, "quantity"),
    paste: textField(form, "paste") ?? "",
  });
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? "Please check the lines.";
    const paste = textField(form, "paste") ?? "";
    return { intent: "check", lines: [], paste: paste.slice(0, MAX_ORDER_TEXT), errors: { form: message } };
  }
  const { intent, sku, quantity, paste } = parsed.data;
  const errors: QuickOrderSubmission["errors"] = {};
  const lines: QuickOrderLine[] = [];

  sku.forEach((value, index) => {
    const line = { sku: value.trim(), quantity: (quantity[index] ?? "").trim() };
    if (!isBlankLine(line)) lines.push({ ...line, problems: checkLine(line) });
  });

  let keptPaste = "";
  if (paste.trim()) {
    const pasted = parseOrderText(paste);
    if (pasted.error) {
      errors.paste = pasted.error;
      keptPaste = paste;
    } else {
      lines.push(...withProblems(pasted.lines, pasted.problems));
    }
  }

  const file = await readFile(form.get("file"));
  if (file && "error" in file) errors.file = file.error;
  if (file && "text" in file) {
    const uploaded = parseOrderText(file.text);
    if (uploaded.error) errors.file = uploaded.error;
    else if (uploaded.lines.length === 0) errors.file = "The file holds no lines. Upload a CSV of sku,quantity lines.";
    else lines.push(...withProblems(uploaded.lines, uploaded.problems));
  }

  if (lines.length > MAX_ORDER_LINES) {
    errors.form = `That is ${lines.length} lines; one quick order takes at most ${MAX_ORDER_LINES}. Remove some and add them afterwards.`;
  }
  return { intent, lines, paste: keptPaste, errors };
}

function withProblems(
  lines: ReturnType<typeof parseOrderText>["lines"],
  problems: ReturnType<typeof parseOrderText>["problems"],
): QuickOrderLine[] {
  return lines.map(({ sourceLine, sku, quantity }) => {
    const own: LineProblems = {};
    for (const problem of problems)
      if (problem.line === sourceLine && !own[problem.field]) own[problem.field] = problem.message;
    return { sku, quantity, problems: own };
  });
}
