import { BackendRequestError } from "@hybrid/storefront-kit";
import { describe, expect, it, vi } from "vitest";
import type { BulkScope } from "../cart/bulk";
import { handleQuickOrder } from "./quick-order";

const CART = "cart_01JCART00000000000000000001";
const cart = {
  id: CART,
  region_id: "reg_eu",
  currency_code: "eur",
  customer_id: "cus_1",
  shipping_address: { country_code: "de" },
  items: [],
};

function scope(
  bulk: (
    path: string,
    init: { body: { items: Array<{ sku: string; quantity: number }>; dry_run?: boolean } },
  ) => unknown,
) {
  const requestWithErrorBody = vi.fn(bulk);
  const s = {
    client: { carts: { get: vi.fn(async () => cart), create: vi.fn(), update: vi.fn() }, requestWithErrorBody },
    cookies: { get: () => ({ value: CART }), set: vi.fn(), delete: vi.fn() },
    url: new URL("http://localhost:4322/quick-order"),
    token: "a.b.c",
    buyerId: "cus_1",
    regionId: "reg_eu",
    countryCode: "de",
  } as unknown as BulkScope;
  return { scope: s, requestWithErrorBody };
}

function form(intent: string, paste: string, rows: Array<[string, string]> = []) {
  const data = new FormData();
  data.set("intent", intent);
  data.set("paste", paste);
  for (const [sku, quantity] of rows) {
    data.append("sku", sku);
    data.append("quantity", quantity);
  }
  return data;
}

const priced = (line: number, sku: string, quantity: number, unit_price: number, min_quantity = 1) => ({
  line,
  sku,
  variant_id: `v_${sku}`,
  product_title: "Colombia Huila",
  title: "1 kg",
  quantity,
  unit_price,
  source: { type: "price_list", price_list_id: "plist_trade", title: "Trade prices", min_quantity },
  quantity_rule: null,
});
const ruleError = {
  line: 2,
  sku: "CHEMEX-6-CUP",
  field: "quantity",
  message: "quantity: SKU CHEMEX-6-CUP is sold in multiples of 6 from 6 (nearest allowed: 6, 12)",
  allowed: { min_quantity: 6, increment: 6, max_quantity: null },
};
const unknownSku = { line: 3, sku: "NOPE-1", field: "sku", message: "sku: NOPE-1 is not a product in this shop" };

describe("handleQuickOrder: check", () => {
  it("prices every line in one dry run and shows product, price, list and tier per line", async () => {
    const { scope: s, requestWithErrorBody } = scope(async () => ({
      lines: [priced(1, "COLOMBIA-HUILA-1KG", 10, 26.2, 10), priced(2, "BRAZIL-CERRADO-250G", 6, 7.4)],
      errors: [],
      cart_unchanged: true,
    }));
    const outcome = await handleQuickOrder(s, form("check", "COLOMBIA-HUILA-1KG,10\nBRAZIL-CERRADO-250G,6"));
    expect(requestWithErrorBody).toHaveBeenCalledTimes(1);
    expect(requestWithErrorBody.mock.calls[0]![1].body).toEqual({
      items: [
        { sku: "COLOMBIA-HUILA-1KG", quantity: 10 },
        { sku: "BRAZIL-CERRADO-250G", quantity: 6 },
      ],
      dry_run: true,
    });
    expect(outcome.kind).toBe("render");
    if (outcome.kind !== "render") return;
    expect(outcome.status).toBe(200);
    expect(outcome.view.checked).toBe(true);
    expect(outcome.view.rows[0]).toMatchObject({
      sku: "COLOMBIA-HUILA-1KG",
      quantity: "10",
      problems: {},
      priced: { product: "Colombia Huila · 1 kg", unitPrice: 26.2, lineTotal: 262, source: "Trade prices, 10+" },
    });
    expect(outcome.view.total).toBeCloseTo(262 + 44.4);
    expect(outcome.view.paste).toBe("");
  });

  it("puts unknown SKUs and broken rules on their lines (400), with the allowed quantities", async () => {
    const { scope: s } = scope(async () => ({
      lines: [priced(1, "COLOMBIA-HUILA-1KG", 10, 26.2, 10)],
      errors: [ruleError, unknownSku],
      cart_unchanged: true,
    }));
    const outcome = await handleQuickOrder(s, form("check", "COLOMBIA-HUILA-1KG,10\nCHEMEX-6-CUP,4\nNOPE-1,1"));
    if (outcome.kind !== "render") throw new Error("expected a page");
    expect(outcome.status).toBe(400);
    expect(outcome.view.rows[1]).toMatchObject({
      sku: "CHEMEX-6-CUP",
      quantity: "4",
      problems: { quantity: "SKU CHEMEX-6-CUP is sold in multiples of 6 from 6 (nearest allowed: 6, 12)" },
      rule: "Cases of 6",
    });
    expect(outcome.view.rows[2]!.problems).toEqual({ sku: "NOPE-1 is not a product in this shop" });
    expect(outcome.view.total).toBeCloseTo(262);
  });

  it("treats a line the backend cannot price in the region as a problem: it could not be added", async () => {
    const { scope: s } = scope(async () => ({
      lines: [{ ...priced(1, "BREW-STARTER-KIT", 1, 0), unit_price: null, source: null }],
      errors: [],
      cart_unchanged: true,
    }));
    const outcome = await handleQuickOrder(s, form("check", "BREW-STARTER-KIT,1"));
    if (outcome.kind !== "render") throw new Error("expected a page");
    expect(outcome.status).toBe(400);
    expect(outcome.view.rows[0]).toMatchObject({
      priced: null,
      problems: { sku: "Colombia Huila · 1 kg has no price in your region, so it cannot be ordered here." },
    });
  });

  it("checks the well-formed lines and maps the backend's line numbers past the malformed ones", async () => {
    const { scope: s, requestWithErrorBody } = scope(async () => ({
      lines: [priced(1, "A-1", 1, 5), priced(2, "A-3", 3, 7)],
      errors: [],
      cart_unchanged: true,
    }));
    const outcome = await handleQuickOrder(s, form("check", "A-1,1\nA-2,two\nA-3,3"));
    if (outcome.kind !== "render") throw new Error("expected a page");
    expect(requestWithErrorBody.mock.calls[0]![1].body.items).toEqual([
      { sku: "A-1", quantity: 1 },
      { sku: "A-3", quantity: 3 },
    ]);
    expect(outcome.status).toBe(400);
    expect(outcome.view.rows.map((r) => r.priced?.unitPrice ?? null)).toEqual([5, null, 7]);
    expect(outcome.view.rows[1]!.problems.quantity).toContain("“two” is not a quantity");
  });
});

describe("handleQuickOrder: add all", () => {
  it("adds every line in one bulk call and goes to the cart", async () => {
    const { scope: s, requestWithErrorBody } = scope(async () => ({ cart }));
    const outcome = await handleQuickOrder(
      s,
      form("add", "", [
        ["COLOMBIA-HUILA-1KG", "10"],
        ["BRAZIL-CERRADO-250G", "6"],
        ["", ""],
      ]),
    );
    expect(outcome).toEqual({ kind: "redirect", location: "/cart?added=2" });
    expect(requestWithErrorBody).toHaveBeenCalledTimes(1);
    expect(requestWithErrorBody.mock.calls[0]![1].body).toEqual({
      items: [
        { sku: "COLOMBIA-HUILA-1KG", quantity: 10 },
        { sku: "BRAZIL-CERRADO-250G", quantity: 6 },
      ],
    });
  });

  it("adds nothing when the backend refuses a line: the lines come back editable with errors and prices", async () => {
    const { scope: s, requestWithErrorBody } = scope(async (_path, init) => {
      if (!init.body.dry_run) {
        throw new BackendRequestError("items: 1 of 2 lines have errors", 400, {
          body: { message: "items: 1 of 2 lines have errors", errors: [{ ...ruleError, line: 2 }] },
        });
      }
      return {
        lines: [priced(1, "COLOMBIA-HUILA-1KG", 10, 26.2, 10)],
        errors: [{ ...ruleError, line: 2 }],
        cart_unchanged: true,
      };
    });
    const outcome = await handleQuickOrder(s, form("add", "COLOMBIA-HUILA-1KG,10\nCHEMEX-6-CUP,4"));
    if (outcome.kind !== "render") throw new Error("expected a page");
    expect(requestWithErrorBody).toHaveBeenCalledTimes(2);
    expect(outcome.status).toBe(400);
    expect(outcome.view.rows.map((r) => [r.sku, r.quantity])).toEqual([
      ["COLOMBIA-HUILA-1KG", "10"],
      ["CHEMEX-6-CUP", "4"],
    ]);
    expect(outcome.view.rows[1]!.problems.quantity).toContain("multiples of 6");
    expect(outcome.view.rows[0]!.priced?.unitPrice).toBe(26.2);
  });

  it("does not call the backend to add when a line is malformed", async () => {
    const { scope: s, requestWithErrorBody } = scope(async () => ({ lines: [], errors: [], cart_unchanged: true }));
    const outcome = await handleQuickOrder(s, form("add", "A-1,1\nA-2,"));
    if (outcome.kind !== "render") throw new Error("expected a page");
    expect(outcome.status).toBe(400);
    for (const call of requestWithErrorBody.mock.calls) expect(call[1].body.dry_run).toBe(true);
  });

  it("shows a refusal without per-line errors above the lines", async () => {
    const { scope: s } = scope(async (_path, init) => {
      if (!init.body.dry_run) throw new BackendRequestError("Some variant does not have the required inventory", 400);
      return { lines: [priced(1, "A-1", 900, 5)], errors: [], cart_unchanged: true };
    });
    const outcome = await handleQuickOrder(s, form("add", "A-1,900"));
    if (outcome.kind !== "render") throw new Error("expected a page");
    expect(outcome.status).toBe(400);
    expect(outcome.view.errors.form).toBe("Some variant does not have the required inventory");
  });
});

describe("handleQuickOrder: other cases", () => {
  it("answers 413 when the upload was too large to read, with an empty pad and the limit named", async () => {
    const { scope: s, requestWithErrorBody } = scope(async () => ({}));
    const outcome = await handleQuickOrder(s, null);
    expect(outcome).toMatchObject({
      kind: "render",
      status: 413,
      view: { rows: [], blankRows: 5, errors: { form: expect.stringContaining("at most 500") } },
    });
    expect(requestWithErrorBody).not.toHaveBeenCalled();
  });

  it("asks for lines when there are none, without calling the backend", async () => {
    const { scope: s, requestWithErrorBody } = scope(async () => ({}));
    const outcome = await handleQuickOrder(s, form("check", "", [["", ""]]));
    expect(outcome).toMatchObject({
      kind: "render",
      status: 400,
      view: { errors: { form: expect.stringContaining("Enter at least one SKU") } },
    });
    expect(requestWithErrorBody).not.toHaveBeenCalled();
  });

  it("makes room for more rows, keeping the lines and judging nothing", async () => {
    const { scope: s, requestWithErrorBody } = scope(async () => ({}));
    const outcome = await handleQuickOrder(
      s,
      form("more", "", [
        ["A-1", "1"],
        ["A-2", ""],
      ]),
    );
    if (outcome.kind !== "render") throw new Error("expected a page");
    expect(outcome.status).toBe(200);
    expect(outcome.view.rows).toHaveLength(2);
    expect(outcome.view.rows[1]!.problems).toEqual({});
    expect(outcome.view.blankRows).toBe(8);
    expect(requestWithErrorBody).not.toHaveBeenCalled();
  });

  it("does not call the backend while the paste box cannot be read", async () => {
    const { scope: s, requestWithErrorBody } = scope(async () => ({}));
    const outcome = await handleQuickOrder(s, form("check", "Product,Qty\nx,1", [["A-1", "1"]]));
    expect(outcome).toMatchObject({ kind: "render", status: 400 });
    expect(requestWithErrorBody).not.toHaveBeenCalled();
  });
});
