import { BackendRequestError, BackendUnavailableError } from "@hybrid/storefront-kit";
import { describe, expect, it, vi } from "vitest";
import { addItemsToCart, lineErrorsFromMessage, lineMessage, previewItems, type BulkScope } from "./bulk";

/** A cookie jar holding the cart id, like Astro's for one request. */
function cookieJar(cartId?: string) {
  const values = new Map<string, string>(cartId ? [["hc_trade_cart", cartId]] : []);
  return {
    get: (name: string) => (values.has(name) ? { value: values.get(name)! } : undefined),
    set: (name: string, value: string) => values.set(name, value),
    delete: (name: string) => values.delete(name),
    has: (name: string) => values.has(name),
    values,
  };
}

const cart = {
  id: "cart_01JCART00000000000000000001",
  region_id: "reg_eu",
  currency_code: "eur",
  customer_id: "cus_1",
  shipping_address: { country_code: "de" },
  items: [],
};

function scope(options: { cartId?: string; requestWithErrorBody: (...args: never[]) => unknown }) {
  const cookies = cookieJar(options.cartId);
  const carts = {
    get: vi.fn(async () => cart),
    create: vi.fn(async () => ({ ...cart, id: "cart_01JNEWCART0000000000000000" })),
    update: vi.fn(async (id: string) => ({ ...cart, id })),
  };
  const requestWithErrorBody = vi.fn(options.requestWithErrorBody);
  const s = {
    client: { carts, requestWithErrorBody },
    cookies,
    url: new URL("http://localhost:4322/quick-order"),
    token: "a.b.c",
    buyerId: "cus_1",
    regionId: "reg_eu",
    countryCode: "de",
  } as unknown as BulkScope;
  return { scope: s, carts, requestWithErrorBody, cookies };
}

const refusal = new BackendRequestError("items: 1 of 2 lines have errors", 400, {
  body: {
    type: "invalid_data",
    message: "items: 1 of 2 lines have errors",
    errors: [
      {
        line: 2,
        sku: "COLOMBIA-HUILA-1KG",
        field: "quantity",
        message:
          "quantity: SKU COLOMBIA-HUILA-1KG is sold in multiples of 6 from 12 up to 120 (nearest allowed: 12, 18)",
        allowed: { min_quantity: 12, increment: 6, max_quantity: 120 },
      },
    ],
  },
});

describe("addItemsToCart", () => {
  it("sends every item in one request to the buyer's cart", async () => {
    const { scope: s, requestWithErrorBody } = scope({
      cartId: "cart_01JCART00000000000000000001",
      requestWithErrorBody: async () => ({ cart }),
    });
    const items = [
      { sku: "BRAZIL-CERRADO-250G", quantity: 6 },
      { sku: "COLOMBIA-HUILA-1KG", quantity: 12 },
    ];
    await expect(addItemsToCart(s, items)).resolves.toEqual({ ok: true, cart });
    expect(requestWithErrorBody).toHaveBeenCalledTimes(1);
    expect(requestWithErrorBody).toHaveBeenCalledWith("/store/carts/cart_01JCART00000000000000000001/line-items/bulk", {
      method: "POST",
      token: "a.b.c",
      body: { items },
    });
  });

  it("creates the cart first when the buyer has none, with the tax country in that one write, and remembers it", async () => {
    const { scope: s, carts, requestWithErrorBody, cookies } = scope({ requestWithErrorBody: async () => ({ cart }) });
    await addItemsToCart(s, [{ variant_id: "v1", quantity: 2 }]);
    expect(carts.create).toHaveBeenCalledWith("reg_eu", { token: "a.b.c", countryCode: "de" });
    expect(carts.update).not.toHaveBeenCalled();
    expect(cookies.values.get("hc_trade_cart")).toBe("cart_01JNEWCART0000000000000000");
    expect(requestWithErrorBody.mock.calls[0]![0]).toBe("/store/carts/cart_01JNEWCART0000000000000000/line-items/bulk");
  });

  it("returns the per-line errors of a refusal (nothing was added)", async () => {
    const { scope: s } = scope({
      cartId: "cart_01JCART00000000000000000001",
      requestWithErrorBody: async () => {
        throw refusal;
      },
    });
    const result = await addItemsToCart(s, [
      { sku: "A", quantity: 1 },
      { sku: "COLOMBIA-HUILA-1KG", quantity: 10 },
    ]);
    expect(result).toMatchObject({
      ok: false,
      message: "items: 1 of 2 lines have errors",
      errors: [{ line: 2, field: "quantity" }],
    });
  });

  it("puts a rule message without per-line errors on the SKU's lines", async () => {
    const { scope: s } = scope({
      cartId: "cart_01JCART00000000000000000001",
      requestWithErrorBody: async () => {
        throw new BackendRequestError(
          "quantity: SKU COLOMBIA-HUILA-1KG is sold in multiples of 6 from 12 (nearest allowed: 12, 18)",
          400,
        );
      },
    });
    const result = await addItemsToCart(
      s,
      [
        { sku: "A", quantity: 1 },
        { sku: "COLOMBIA-HUILA-1KG", quantity: 10 },
      ],
      ["A", "COLOMBIA-HUILA-1KG"],
    );
    expect(result).toMatchObject({ ok: false, errors: [{ line: 2, sku: "COLOMBIA-HUILA-1KG", field: "quantity" }] });
  });

  it("lets 'backend unavailable' through", async () => {
    const { scope: s } = scope({
      cartId: "cart_01JCART00000000000000000001",
      requestWithErrorBody: async () => {
        throw new BackendUnavailableError();
      },
    });
    await expect(addItemsToCart(s, [{ sku: "A", quantity: 1 }])).rejects.toBeInstanceOf(BackendUnavailableError);
  });
});

describe("previewItems", () => {
  it("asks for a dry run and returns the priced lines and the errors", async () => {
    const lines = [
      {
        line: 1,
        sku: "A",
        variant_id: "v1",
        product_title: "Brazil",
        title: "250 g",
        quantity: 6,
        unit_price: 7.4,
        source: { type: "base" },
        quantity_rule: null,
      },
    ];
    const errors = [{ line: 2, sku: "NOPE", field: "sku", message: "sku: unknown SKU NOPE" }];
    const { scope: s, requestWithErrorBody } = scope({
      cartId: "cart_01JCART00000000000000000001",
      requestWithErrorBody: async () => ({ lines, errors, cart_unchanged: true }),
    });
    const preview = await previewItems(s, [
      { sku: "A", quantity: 6 },
      { sku: "NOPE", quantity: 1 },
    ]);
    expect(requestWithErrorBody.mock.calls[0]![1]).toMatchObject({ body: { dry_run: true } });
    expect(preview).toEqual({ currencyCode: "eur", lines, errors });
  });

  it("reads a dry run answered as a 400 with per-line errors the same way", async () => {
    const { scope: s } = scope({
      cartId: "cart_01JCART00000000000000000001",
      requestWithErrorBody: async () => {
        throw refusal;
      },
    });
    const preview = await previewItems(s, [
      { sku: "A", quantity: 1 },
      { sku: "COLOMBIA-HUILA-1KG", quantity: 10 },
    ]);
    expect(preview.errors).toHaveLength(1);
    expect(preview.lines).toEqual([]);
  });

  it("rethrows a refusal without per-line errors", async () => {
    const { scope: s } = scope({
      cartId: "cart_01JCART00000000000000000001",
      requestWithErrorBody: async () => {
        throw new BackendRequestError("items: at most 500 lines", 400);
      },
    });
    await expect(previewItems(s, [{ sku: "A", quantity: 1 }])).rejects.toBeInstanceOf(BackendRequestError);
  });
});

describe("lineMessage and lineErrorsFromMessage", () => {
  it("strip the field prefix for showing on the line", () => {
    expect(lineMessage("sku: Unknown SKU NOPE")).toBe("Unknown SKU NOPE");
    expect(lineMessage("items.3.quantity: must be at least 1")).toBe("must be at least 1");
    expect(lineMessage("Not enough stock")).toBe("Not enough stock");
  });

  it("find every line of the SKU a message names, case-insensitively", () => {
    expect(
      lineErrorsFromMessage("quantity: SKU abc-1 is sold from 12", ["X", "ABC-1", null, "abc-1"]).map((e) => e.line),
    ).toEqual([2, 4]);
    expect(lineErrorsFromMessage("Some variant does not have the required inventory", ["X"])).toEqual([]);
  });
});
