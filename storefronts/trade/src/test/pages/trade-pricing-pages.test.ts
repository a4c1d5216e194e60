/**
 * The trade-pricing pages rendered through Astro's container with a fake backend: the product
 * page's variant matrix (one bulk POST, per-row errors, entered quantities kept, "why this price"),
 * the cart's price notes and rule errors, quick order (check, add all, errors, more rows) and its
 * suggestion endpoint. The backend's own enforcement is tested in the plugin.
 */
import { BackendRequestError, NotFoundError } from "@hybrid/storefront-kit";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { element, formPost as post, type PageRequest, pageRenderer, tradeBuyerLocals } from "../pages";
import { calculatedPrice as calculated } from "../prices";

const backend = vi.hoisted(() => ({
  request: vi.fn(),
  requestWithErrorBody: vi.fn(),
  regions: { list: vi.fn() },
  products: { byHandle: vi.fn() },
  carts: { get: vi.fn(), create: vi.fn(), update: vi.fn(), updateItem: vi.fn(), removeItem: vi.fn() },
}));
vi.mock("../../backend", () => ({ backend }));

const { default: Product } = await import("../../pages/products/[handle].astro");
const { default: Cart } = await import("../../pages/cart.astro");
const { default: QuickOrder } = await import("../../pages/quick-order/index.astro");
const { GET: suggest } = await import("../../pages/quick-order/suggest");

const CART = "cart_01JCART00000000000000000001";
const signedIn = tradeBuyerLocals({ email: "buyer@example.com", displayName: "Bea Barista" });

const render = pageRenderer({ locals: () => signedIn });
/** The Colombia Huila product page (its variant matrix). */
const productPage = (init: PageRequest = {}) =>
  render(Product as never, "http://localhost:4322/products/colombia-huila", {
    params: { handle: "colombia-huila" },
    ...init,
  });
/** The POST of a cart form's `fields`, with the cart cookie. */
const cartPage = (fields: Array<[string, string]>) =>
  render(Cart as never, "http://localhost:4322/cart", { cookie: cartCookie, ...post(fields) });
/** The quick order page. */
const quickOrderPage = (init: PageRequest = {}) =>
  render(QuickOrder as never, "http://localhost:4322/quick-order", init);

const huila = {
  id: "prod_huila",
  handle: "colombia-huila",
  title: "Colombia Huila",
  categories: [],
  variants: [
    {
      id: "v_1kg",
      title: "1 kg",
      sku: "COLOMBIA-HUILA-1KG",
      manage_inventory: true,
      inventory_quantity: 250,
      calculated_price: calculated(28.1, 37.4),
    },
    {
      id: "v_250",
      title: "250 g",
      sku: "COLOMBIA-HUILA-250G",
      manage_inventory: true,
      inventory_quantity: 400,
      calculated_price: calculated(8.6, 11),
    },
  ],
};
const explanation = (variant_id: string, quantity: number) => {
  const kilo = variant_id === "v_1kg";
  const tiers = kilo
    ? [
        { min_quantity: 1, max_quantity: 9, unit_price: 28.1, source_title: "Trade prices", current: quantity < 10 },
        {
          min_quantity: 10,
          max_quantity: 49,
          unit_price: 26.2,
          source_title: "Trade prices",
          current: quantity >= 10 && quantity < 50,
        },
        {
          min_quantity: 50,
          max_quantity: null,
          unit_price: 23.9,
          source_title: "Trade prices",
          current: quantity >= 50,
        },
      ]
    : [{ min_quantity: 1, max_quantity: null, unit_price: 8.6, source_title: "Trade prices", current: true }];
  const current = tiers.find((t) => t.current)!;
  return {
    variant_id,
    sku: kilo ? "COLOMBIA-HUILA-1KG" : "COLOMBIA-HUILA-250G",
    currency_code: "eur",
    quantity,
    unit_price: current.unit_price,
    rrp: kilo ? { net: 37.4, gross: 44.88 } : { net: 11, gross: 13.2 },
    saving: kilo
      ? { amount: Math.round((37.4 - current.unit_price) * 100) / 100, percent: 25 }
      : { amount: 2.4, percent: 21.8 },
    source: {
      type: "price_list",
      price_list_id: "plist_trade",
      title: "Trade prices",
      min_quantity: current.min_quantity,
    },
    tiers,
    quantity_rule: kilo ? null : { min_quantity: 12, increment: 6, max_quantity: 120 },
  };
};
const cart = (items: unknown[] = []) => ({
  id: CART,
  region_id: "reg_eu",
  currency_code: "eur",
  customer_id: "cus_1",
  shipping_address: { country_code: "de" },
  items,
  item_subtotal: 0,
  item_tax_total: 0,
  item_total: 0,
});
const cartCookie = `hc_trade_cart=${CART}`;

beforeEach(() => {
  vi.resetAllMocks();
  backend.products.byHandle.mockResolvedValue(huila);
  backend.carts.get.mockResolvedValue(cart());
  backend.carts.create.mockResolvedValue(cart());
  backend.carts.update.mockResolvedValue(cart());
  backend.request.mockImplementation(
    async (path: string, init: { query?: { variant_id: string[]; quantity: number } }) => {
      if (path === "/store/trade-pricing/prices")
        return { prices: init.query!.variant_id.map((id) => explanation(id, init.query!.quantity)) };
      throw new Error(`unexpected ${path}`);
    },
  );
});

describe("product page: variant matrix", () => {
  it("shows every variant with SKU, net price, RRP, list, next tier, quantity rule and a quantity field", async () => {
    const { status, html } = await productPage();
    expect(status).toBe(200);
    const kilo = element(html, "tr", "data-variant-id", "v_1kg");
    expect(kilo).toContain("COLOMBIA-HUILA-1KG");
    expect(kilo).toMatch(/data-net-amount="28.1"[^>]*>€28\.10/);
    expect(kilo).toMatch(/data-rrp-amount="44.88"[^>]*>€44\.88/);
    expect(kilo).toContain("Trade prices");
    expect(kilo).toContain("Order 10 for €26.20 each");
    expect(kilo).toMatch(/<input id="qty-v_1kg" name="quantity" type="number"[^>]*min="1"[^>]*step="1"/);
    const bags = element(html, "tr", "data-variant-id", "v_250");
    expect(bags).toContain("Cases of 6 · min 12 · max 120");
    expect(bags).toMatch(/<input id="qty-v_250"[^>]*min="12"[^>]*step="6"[^>]*max="120"/);
    expect(html).toContain("Add selected to cart");
  });

  it("explains each price: RRP gross, net, saving, list and tier, with the tier table", async () => {
    const { html } = await productPage();
    const why = element(html, "section", "data-why-price", "v_1kg");
    expect(why).toContain("Why this price: 1 kg");
    expect(why).toContain("€44.88");
    expect(why).toContain("€9.30 (25%)");
    expect(why).toMatch(/<tr class="is-current" aria-current="true" data-min="1">/);
  });

  it("prices the rows at the quantities typed (show prices, GET) and highlights that tier", async () => {
    const { html } = await render(
      Product as never,
      "http://localhost:4322/products/colombia-huila?variant_id=v_1kg&quantity=10&variant_id=v_250&quantity=",
      {
        params: { handle: "colombia-huila" },
      },
    );
    expect(backend.request).toHaveBeenCalledWith("/store/trade-pricing/prices", {
      query: { region_id: "reg_eu", variant_id: ["v_1kg"], quantity: 10, country_code: "de" },
      token: "a.b.c",
    });
    expect(element(html, "tr", "data-variant-id", "v_1kg")).toMatch(/data-net-amount="26.2"/);
    expect(element(html, "section", "data-why-price", "v_1kg")).toMatch(/aria-current="true" data-min="10"/);
    expect(html).toMatch(/id="qty-v_1kg"[^>]*value="10"/);
  });

  it("adds every filled-in row in ONE bulk call and redirects (303)", async () => {
    backend.requestWithErrorBody.mockResolvedValue({ cart: cart() });
    const { status, location } = await productPage({
      cookie: cartCookie,
      ...post([
        ["variant_id", "v_1kg"],
        ["quantity", "10"],
        ["variant_id", "v_250"],
        ["quantity", "12"],
      ]),
    });
    expect(status).toBe(303);
    expect(location).toBe("/products/colombia-huila?added=2");
    expect(backend.requestWithErrorBody).toHaveBeenCalledTimes(1);
    expect(backend.requestWithErrorBody).toHaveBeenCalledWith(`/store/carts/${CART}/line-items/bulk`, {
      method: "POST",
      token: "a.b.c",
      body: {
        items: [
          { variant_id: "v_1kg", quantity: 10 },
          { variant_id: "v_250", quantity: 12 },
        ],
      },
    });
  });

  it("creates the cart first when the buyer has none", async () => {
    backend.requestWithErrorBody.mockResolvedValue({ cart: cart() });
    const { status } = await productPage(
      post([
        ["variant_id", "v_1kg"],
        ["quantity", "2"],
      ]),
    );
    expect(status).toBe(303);
    expect(backend.carts.create).toHaveBeenCalledWith("reg_eu", { token: "a.b.c", countryCode: "de" });
  });

  it("shows the backend's per-line errors beside their rows, keeping what was typed (400)", async () => {
    backend.requestWithErrorBody.mockRejectedValue(
      new BackendRequestError("items: 1 of 2 lines have errors", 400, {
        body: {
          message: "items: 1 of 2 lines have errors",
          errors: [
            {
              line: 2,
              sku: "COLOMBIA-HUILA-250G",
              field: "quantity",
              message:
                "quantity: SKU COLOMBIA-HUILA-250G is sold in multiples of 6 from 12 up to 120 (the cart would hold 126) (nearest allowed: 114, 120)",
            },
          ],
        },
      }),
    );
    const { status, html } = await productPage({
      cookie: cartCookie,
      ...post([
        ["variant_id", "v_1kg"],
        ["quantity", "10"],
        ["variant_id", "v_250"],
        ["quantity", "18"],
      ]),
    });
    expect(status).toBe(400);
    const bags = element(html, "tr", "data-variant-id", "v_250");
    expect(bags).toContain('id="qty-v_250-error"');
    expect(bags).toContain(
      "SKU COLOMBIA-HUILA-250G is sold in multiples of 6 from 12 up to 120 (the cart would hold 126)",
    );
    expect(bags).toMatch(/value="18"/);
    expect(element(html, "tr", "data-variant-id", "v_1kg")).toMatch(/value="10"/);
    expect(html).toContain("Nothing was added to your cart");
  });

  it("refuses a malformed quantity on its row without calling the backend to add", async () => {
    const { status, html } = await productPage(
      post([
        ["variant_id", "v_1kg"],
        ["quantity", "ten"],
        ["variant_id", "v_250"],
        ["quantity", ""],
      ]),
    );
    expect(status).toBe(400);
    expect(backend.requestWithErrorBody).not.toHaveBeenCalled();
    expect(element(html, "tr", "data-variant-id", "v_1kg")).toContain("is not a quantity");
    expect(html).toMatch(/id="qty-v_1kg"[^>]*value="ten"/);
  });
});

describe("cart", () => {
  const line = {
    id: "cali_1",
    variant_id: "v_250",
    variant_sku: "COLOMBIA-HUILA-250G",
    product_title: "Colombia Huila",
    product_handle: "colombia-huila",
    variant_title: "250 g",
    title: "250 g",
    quantity: 12,
    unit_price: 8.6,
    subtotal: 103.2,
    created_at: "2026-11-26T10:00:00Z",
  };
  beforeEach(() => {
    backend.carts.get.mockResolvedValue(cart([line]));
    backend.request.mockImplementation(async (path: string) => {
      if (path === `/store/carts/${CART}/price-explanations`) {
        return {
          lines: [
            {
              line_item_id: "cali_1",
              variant_id: "v_250",
              sku: "COLOMBIA-HUILA-250G",
              quantity: 12,
              unit_price: 8.6,
              rrp: { net: 11, gross: 13.2 },
              saving: { amount: 2.4, percent: 21.8 },
              source: { type: "price_list", price_list_id: "plist_trade", title: "Trade prices", min_quantity: 1 },
              next_tier: { min_quantity: 50, unit_price: 8.1 },
              quantity_rule: { min_quantity: 12, increment: 6, max_quantity: 120 },
            },
          ],
        };
      }
      // A trade customer outside any company: no quotes, no approval rules (see quotes-approvals-pages.test.ts).
      if (path === "/store/companies/me" || path === `/store/carts/${CART}/approval`) throw new NotFoundError();
      throw new Error(`unexpected ${path}`);
    });
  });

  it("shows per line the list, the saving, the next tier and the quantity rule", async () => {
    const { status, html } = await render(Cart as never, "http://localhost:4322/cart", { cookie: cartCookie });
    expect(status).toBe(200);
    const row = element(html, "tr", "data-line-id", "cali_1");
    expect(row).toContain("Trade prices");
    expect(row).toContain("You save €2.40 (21.8%) on the RRP");
    expect(row).toContain("Order 54 for €8.10 each (42 more)");
    expect(row).toContain("Cases of 6 · min 12 · max 120");
    expect(row).toMatch(/min="12"[^>]*max="120"[^>]*step="6"/);
  });

  it("shows a quantity rule refusal on its line, with the quantity typed", async () => {
    backend.carts.updateItem.mockRejectedValue(
      new BackendRequestError(
        "quantity: SKU COLOMBIA-HUILA-250G is sold in multiples of 6 from 12 up to 120 (nearest allowed: 12, 18)",
        400,
      ),
    );
    const { status, html } = await cartPage([
      ["intent", "update"],
      ["line_id", "cali_1"],
      ["quantity", "13"],
    ]);
    expect(status).toBe(400);
    const row = element(html, "tr", "data-line-id", "cali_1");
    expect(row).toContain('id="qty-cali_1-error"');
    expect(row).toContain(
      "SKU COLOMBIA-HUILA-250G is sold in multiples of 6 from 12 up to 120 (nearest allowed: 12, 18)",
    );
    expect(row).toMatch(/value="13"/);
    expect(html).toContain("Your cart was not changed");
  });

  it("confirms lines added by quick order", async () => {
    const { html } = await render(Cart as never, "http://localhost:4322/cart?added=20", { cookie: cartCookie });
    expect(html).toContain("20 lines added to your cart.");
  });
});

describe("quick order", () => {
  const pricedLine = (line: number, sku: string, quantity: number, unit_price: number, min_quantity = 1) => ({
    line,
    sku,
    variant_id: `v_${line}`,
    product_title: "Colombia Huila",
    title: sku.endsWith("1KG") ? "1 kg" : "250 g",
    quantity,
    unit_price,
    source: { type: "price_list", price_list_id: "plist_trade", title: "Trade prices", min_quantity },
    quantity_rule: null,
  });

  it("starts with five empty rows, a paste box and a file upload in one multipart form", async () => {
    const { status, html } = await render(QuickOrder as never, "http://localhost:4322/quick-order");
    expect(status).toBe(200);
    expect(html).toMatch(
      /<form class="quick-order" method="post" action="\/quick-order" enctype="multipart\/form-data"/,
    );
    expect(html.match(/<tr data-line="\d+"/g)).toHaveLength(5);
    expect(html).toContain('<textarea id="field-paste" name="paste"');
    expect(html).toContain('type="file"');
    expect(html).toContain('list="sku-options"');
    expect(html).toMatch(/<a href="\/quick-order" aria-current="page">Quick order<\/a>/);
    // "Check prices" is the first submit button: Enter in a field checks, it never adds.
    const form = html.slice(html.indexOf('<form class="quick-order"'));
    expect(form.match(/<button type="submit"[^>]*>/)?.[0]).toContain('value="check"');
  });

  it("checks pasted lines in one dry run: per line product, price, list and tier, nothing added", async () => {
    backend.requestWithErrorBody.mockResolvedValue({
      lines: [pricedLine(1, "COLOMBIA-HUILA-1KG", 10, 26.2, 10), pricedLine(2, "COLOMBIA-HUILA-250G", 12, 8.6)],
      errors: [],
      cart_unchanged: true,
    });
    const { status, html } = await quickOrderPage({
      cookie: cartCookie,
      ...post([
        ["intent", "check"],
        ["paste", "sku,quantity\nCOLOMBIA-HUILA-1KG,10\nCOLOMBIA-HUILA-250G;12"],
      ]),
    });
    expect(status).toBe(200);
    expect(backend.requestWithErrorBody).toHaveBeenCalledTimes(1);
    expect(backend.requestWithErrorBody.mock.calls[0]![1].body.dry_run).toBe(true);
    const first = element(html, "tr", "data-line", "1");
    expect(first).toMatch(/name="sku" value="COLOMBIA-HUILA-1KG"/);
    expect(first).toMatch(/name="quantity" value="10"/);
    expect(first).toContain("Colombia Huila · 1 kg");
    expect(first).toMatch(/data-unit-price="26.2"[^>]*>€26\.20/);
    expect(first).toContain("Trade prices, 10+");
    expect(first).toContain("€262.00");
    expect(html).toContain("All 2 lines can be ordered at these prices. Nothing has been added yet.");
    expect(html).toContain(
      '<textarea id="field-paste" name="paste" rows="6" spellcheck="false" aria-describedby="field-paste-hint"></textarea>',
    );
  });

  it("shows unknown SKUs and rule errors on their lines (400), the lines editable", async () => {
    backend.requestWithErrorBody.mockResolvedValue({
      lines: [pricedLine(1, "COLOMBIA-HUILA-1KG", 10, 26.2, 10)],
      errors: [
        {
          line: 2,
          sku: "CHEMEX-FILTERS",
          field: "quantity",
          message: "quantity: SKU CHEMEX-FILTERS is sold in multiples of 6 from 12 up to 60 (nearest allowed: 12)",
          allowed: { min_quantity: 12, increment: 6, max_quantity: 60 },
        },
        { line: 3, sku: "NOPE-1", field: "sku", message: "sku: unknown SKU NOPE-1" },
      ],
      cart_unchanged: true,
    });
    const { status, html } = await quickOrderPage({
      cookie: cartCookie,
      ...post([
        ["intent", "check"],
        ["sku", "COLOMBIA-HUILA-1KG"],
        ["quantity", "10"],
        ["sku", "CHEMEX-FILTERS"],
        ["quantity", "10"],
        ["sku", "NOPE-1"],
        ["quantity", "1"],
      ]),
    });
    expect(status).toBe(400);
    const rule = element(html, "tr", "data-line", "2");
    expect(rule).toMatch(
      /name="quantity" value="10"[^>]*aria-invalid="true" aria-describedby="line-2-rule line-2-quantity-error"/,
    );
    expect(rule).toContain("Cases of 6 · min 12 · max 60");
    expect(rule).toContain("SKU CHEMEX-FILTERS is sold in multiples of 6 from 12 up to 60 (nearest allowed: 12)");
    expect(element(html, "tr", "data-line", "3")).toContain("unknown SKU NOPE-1");
    expect(html).toContain("2 of 3 lines need attention");
    expect(html).toContain('<a href="#line-2-quantity">Line 2 (CHEMEX-FILTERS)');
  });

  it("adds all lines in one bulk call and goes to the cart (303)", async () => {
    backend.requestWithErrorBody.mockResolvedValue({ cart: cart() });
    const { status, location } = await quickOrderPage({
      cookie: cartCookie,
      ...post([
        ["intent", "add"],
        ["sku", "COLOMBIA-HUILA-1KG"],
        ["quantity", "10"],
        ["paste", "CHEMEX-FILTERS,12"],
      ]),
    });
    expect(status).toBe(303);
    expect(location).toBe("/cart?added=2");
    expect(backend.requestWithErrorBody).toHaveBeenCalledTimes(1);
    expect(backend.requestWithErrorBody.mock.calls[0]![1].body).toEqual({
      items: [
        { sku: "COLOMBIA-HUILA-1KG", quantity: 10 },
        { sku: "CHEMEX-FILTERS", quantity: 12 },
      ],
    });
  });

  it("reads an uploaded CSV file (multipart)", async () => {
    backend.requestWithErrorBody.mockResolvedValue({
      lines: [pricedLine(1, "COLOMBIA-HUILA-1KG", 3, 28.1)],
      errors: [],
      cart_unchanged: true,
    });
    const body = new FormData();
    body.set("intent", "check");
    body.set("file", new File(["SKU;Qty\r\nCOLOMBIA-HUILA-1KG;3\r\n"], "order.csv", { type: "text/csv" }));
    const { status, html } = await render(QuickOrder as never, "http://localhost:4322/quick-order", {
      cookie: cartCookie,
      method: "POST",
      body,
    });
    expect(status).toBe(200);
    expect(backend.requestWithErrorBody.mock.calls[0]![1].body.items).toEqual([
      { sku: "COLOMBIA-HUILA-1KG", quantity: 3 },
    ]);
    expect(element(html, "tr", "data-line", "1")).toMatch(/value="COLOMBIA-HUILA-1KG"/);
  });

  it("gives five more rows without JavaScript, keeping the lines", async () => {
    const { status, html } = await quickOrderPage(
      post([
        ["intent", "more"],
        ["sku", "A-1"],
        ["quantity", "2"],
        ["sku", ""],
        ["quantity", ""],
      ]),
    );
    expect(status).toBe(200);
    expect(html.match(/<tr data-line="\d+"/g)).toHaveLength(1 + 4 + 5);
    expect(element(html, "tr", "data-line", "1")).toMatch(/value="A-1"/);
    expect(backend.requestWithErrorBody).not.toHaveBeenCalled();
  });

  it("keeps a paste it cannot read in the box, with the reason beside it", async () => {
    const { status, html } = await quickOrderPage(
      post([
        ["intent", "check"],
        ["paste", "Product,Qty\nHuila,2"],
      ]),
    );
    expect(status).toBe(400);
    expect(html).toContain('id="field-paste-error"');
    expect(html).toContain("Product,Qty\nHuila,2</textarea>");
  });
});

describe("/quick-order/suggest", () => {
  const call = (q: string) =>
    suggest({
      locals: signedIn,
      url: new URL(`http://localhost:4322/quick-order/suggest?q=${encodeURIComponent(q)}`),
    } as never) as Promise<Response>;

  it("proxies the backend's variant search for the buyer's region as JSON", async () => {
    backend.request.mockResolvedValue({
      variants: [
        {
          id: "v1",
          sku: "CHEMEX-FILTERS",
          title: "Standard",
          product_title: "Chemex filters",
          product_handle: "chemex-filters",
          thumbnail: null,
          quantity_rule: { min_quantity: 12, increment: 6, max_quantity: 60 },
        },
      ],
    });
    const response = await call("chem");
    expect(backend.request).toHaveBeenCalledWith("/store/trade-pricing/variants", {
      query: { q: "chem", region_id: "reg_eu", limit: 10 },
      token: "a.b.c",
    });
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(await response.json()).toEqual({
      suggestions: [
        { sku: "CHEMEX-FILTERS", label: "Chemex filters · Standard", rule: "Cases of 6 · min 12 · max 60" },
      ],
    });
  });

  it("does not ask the backend for less than two characters", async () => {
    expect(await (await call("c")).json()).toEqual({ suggestions: [] });
    expect(backend.request).not.toHaveBeenCalled();
  });
});
