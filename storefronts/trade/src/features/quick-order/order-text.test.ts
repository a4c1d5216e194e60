import { describe, expect, it } from "vitest";
import { checkLine, MAX_ORDER_LINES, parseOrderText, splitDelimited } from "./order-text";

const lines = (text: string) => parseOrderText(text).lines.map(({ sku, quantity }) => [sku, quantity]);

describe("parseOrderText", () => {
  it("reads sku,quantity lines", () => {
    expect(lines("COLOMBIA-HUILA-1KG,10\nBRAZIL-CERRADO-250G,6\n")).toEqual([
      ["COLOMBIA-HUILA-1KG", "10"],
      ["BRAZIL-CERRADO-250G", "6"],
    ]);
  });

  it("tolerates semicolons, tabs (a spreadsheet paste), spaces, quotes, CRLF, a BOM and blank lines", () => {
    const text = '\uFEFFCOLOMBIA-HUILA-1KG;10\r\n\r\nBRAZIL-CERRADO-250G\t6\r\n "KENYA-NYERI-AA-1KG" , "12" \r\n';
    expect(lines(text)).toEqual([
      ["COLOMBIA-HUILA-1KG", "10"],
      ["BRAZIL-CERRADO-250G", "6"],
      ["KENYA-NYERI-AA-1KG", "12"],
    ]);
  });

  it("skips a header row and follows its columns, ignoring extra ones", () => {
    const text =
      'Product name;Qty;SKU\nColombia Huila 1 kg;10;COLOMBIA-HUILA-1KG\n"Brazil; Cerrado";6;BRAZIL-CERRADO-250G';
    const parsed = parseOrderText(text);
    expect(parsed.error).toBeNull();
    expect(parsed.lines).toEqual([
      { sourceLine: 2, sku: "COLOMBIA-HUILA-1KG", quantity: "10" },
      { sourceLine: 3, sku: "BRAZIL-CERRADO-250G", quantity: "6" },
    ]);
    expect(lines("sku,quantity\nA-1,2")).toEqual([["A-1", "2"]]);
  });

  it("refuses a header without a SKU or quantity column, naming what it found", () => {
    expect(parseOrderText("Product,Qty\nHuila,2").error).toBe(
      "The header on line 1 needs a “sku” and a “quantity” column (found: Product, Qty).",
    );
  });

  it("names bad quantities by their line number", () => {
    const parsed = parseOrderText("sku,quantity\nA-1,12\nA-2,twelve\nA-3,0\n\nA-4,-2\nA-5,2.5\nA-6,10000");
    expect(parsed.error).toBeNull();
    expect(parsed.lines).toHaveLength(6);
    expect(parsed.problems.map((p) => [p.line, p.field])).toEqual([
      [3, "quantity"],
      [4, "quantity"],
      [6, "quantity"],
      [7, "quantity"],
      [8, "quantity"],
    ]);
    expect(parsed.problems[0]!.message).toBe("“twelve” is not a quantity. Enter a whole number from 1 to 9999.");
    expect(parsed.problems[1]!.message).toBe("Enter a quantity of at least 1.");
  });

  it("names a line without SKU or without quantity", () => {
    const parsed = parseOrderText(",5\nA-1\nA-2,");
    expect(parsed.problems).toEqual([
      { line: 1, field: "sku", message: "Enter a SKU." },
      { line: 2, field: "quantity", message: "Enter a quantity of at least 1." },
      { line: 3, field: "quantity", message: "Enter a quantity of at least 1." },
    ]);
  });

  it("refuses three values on a line without header instead of reading 1,000 as 1", () => {
    const parsed = parseOrderText("A-1,1,000\nA-2,3,,");
    expect(parsed.problems).toEqual([
      { line: 1, field: "quantity", message: expect.stringContaining("3 values on one line") },
    ]);
    expect(parsed.lines[1]).toMatchObject({ sku: "A-2", quantity: "3" });
  });

  it(`takes up to ${MAX_ORDER_LINES} lines and refuses more as a whole, saying how many`, () => {
    const body = (n: number) => Array.from({ length: n }, (_, i) => `SKU-${i},1`).join("\n");
    expect(parseOrderText(body(MAX_ORDER_LINES)).lines).toHaveLength(MAX_ORDER_LINES);
    const tooMany = parseOrderText(`sku,quantity\n${body(MAX_ORDER_LINES + 1)}`);
    expect(tooMany.lines).toEqual([]);
    expect(tooMany.error).toBe(
      "That is 501 lines; one quick order takes at most 500. Split the list and add the rest afterwards.",
    );
  });

  it("refuses binary content and oversized text", () => {
    expect(parseOrderText("PK\u0003\u0004\u0000\u0000").error).toContain("not a text file");
    expect(parseOrderText("x".repeat(200_001)).error).toContain("too much text");
  });

  it("reads an empty text as no lines", () => {
    expect(parseOrderText(" \n\n")).toEqual({ lines: [], problems: [], error: null });
  });
});

describe("splitDelimited", () => {
  it("honours quotes and doubled quotes", () => {
    expect(splitDelimited('"a, b",2', ",")).toEqual(["a, b", "2"]);
    expect(splitDelimited('"say ""hi""";3', ";")).toEqual(['say "hi"', "3"]);
  });
});

describe("checkLine", () => {
  it("accepts a SKU and a whole quantity", () => {
    expect(checkLine({ sku: "COLOMBIA-HUILA-1KG", quantity: "12" })).toEqual({});
  });

  it("refuses a SKU that is too long or carries markup", () => {
    expect(checkLine({ sku: "X".repeat(65), quantity: "1" }).sku).toBe("A SKU has at most 64 characters.");
    expect(checkLine({ sku: "<b>", quantity: "1" }).sku).toContain("letters, digits and dashes");
  });
});
