import { describe, expect, it } from "vitest";
import { MAX_FILE_BYTES, readQuickOrderForm } from "./quick-order-form";

function form(fields: { rows?: Array<[string, string]>; paste?: string; file?: File; intent?: string }) {
  const data = new FormData();
  for (const [sku, quantity] of fields.rows ?? []) {
    data.append("sku", sku);
    data.append("quantity", quantity);
  }
  if (fields.paste !== undefined) data.set("paste", fields.paste);
  if (fields.file) data.set("file", fields.file);
  if (fields.intent) data.set("intent", fields.intent);
  return data;
}

describe("readQuickOrderForm", () => {
  it("joins typed rows, pasted lines and the uploaded file, in that order, skipping empty rows", async () => {
    const file = new File(["sku,quantity\nKENYA-NYERI-AA-1KG,10\n"], "order.csv", { type: "text/csv" });
    const result = await readQuickOrderForm(
      form({
        intent: "check",
        rows: [
          ["BRAZIL-CERRADO-250G", "6"],
          ["", ""],
          ["", " "],
        ],
        paste: "COLOMBIA-HUILA-1KG;12",
        file,
      }),
    );
    expect(result.errors).toEqual({});
    expect(result.paste).toBe("");
    expect(result.lines.map((l) => [l.sku, l.quantity])).toEqual([
      ["BRAZIL-CERRADO-250G", "6"],
      ["COLOMBIA-HUILA-1KG", "12"],
      ["KENYA-NYERI-AA-1KG", "10"],
    ]);
  });

  it("keeps a line with a bad quantity, with its problem, so it can be fixed in place", async () => {
    const result = await readQuickOrderForm(
      form({
        rows: [
          ["A-1", "12"],
          ["A-2", "lots"],
        ],
        paste: "A-3,\n,4",
      }),
    );
    expect(result.lines.map((l) => l.problems)).toEqual([
      {},
      { quantity: "“lots” is not a quantity. Enter a whole number from 1 to 9999." },
      { quantity: "Enter a quantity of at least 1." },
      { sku: "Enter a SKU." },
    ]);
  });

  it("keeps the paste box's text when it cannot be read as a whole", async () => {
    const result = await readQuickOrderForm(form({ paste: "Product,Qty\nHuila,2" }));
    expect(result.errors.paste).toContain("needs a “sku” and a “quantity” column");
    expect(result.paste).toBe("Product,Qty\nHuila,2");
    expect(result.lines).toEqual([]);
  });

  it("refuses spreadsheets, oversized and empty files by name", async () => {
    const xlsx = await readQuickOrderForm(form({ file: new File(["PK"], "order.xlsx") }));
    expect(xlsx.errors.file).toBe(
      "“order.xlsx” is a spreadsheet or document. Save it as CSV (sku,quantity per line) and upload that.",
    );
    const big = await readQuickOrderForm(form({ file: new File(["x".repeat(MAX_FILE_BYTES + 1)], "big.csv") }));
    expect(big.errors.file).toContain("“big.csv” is larger than 256 KB");
    const blank = await readQuickOrderForm(form({ file: new File(["\n\n"], "blank.csv") }));
    expect(blank.errors.file).toBe("The file holds no lines. Upload a CSV of sku,quantity lines.");
  });

  it("ignores the file field when no file was chosen", async () => {
    const result = await readQuickOrderForm(form({ rows: [["A-1", "1"]], file: new File([], "") }));
    expect(result.errors).toEqual({});
  });

  it("refuses more than 500 lines in total, across sources", async () => {
    const rows = Array.from({ length: 300 }, (_, i) => [`ROW-${i}`, "1"] as [string, string]);
    const paste = Array.from({ length: 201 }, (_, i) => `PASTE-${i},1`).join("\n");
    const result = await readQuickOrderForm(form({ rows, paste }));
    expect(result.errors.form).toBe(
      "That is 501 lines; one quick order takes at most 500. Remove some and add them afterwards.",
    );
  });

  it("refuses rows that do not pair up, and reads an unknown intent as check", async () => {
    const data = form({ intent: "delete-everything", rows: [["A-1", "1"]] });
    expect((await readQuickOrderForm(data)).intent).toBe("check");
    data.append("sku", "A-2");
    expect((await readQuickOrderForm(data)).errors.form).toBe("Every line needs a SKU and a quantity field.");
  });
});
