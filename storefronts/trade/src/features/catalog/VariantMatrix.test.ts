import { describe, expect, it } from "vitest";
import { renderHtml } from "../../test/render";
import type { MatrixRow } from "./matrix";
import VariantMatrix from "./VariantMatrix.astro";

const row = (overrides: Partial<MatrixRow>): MatrixRow => ({
  id: "v_1kg",
  title: "1 kg",
  sku: "COLOMBIA-HUILA-1KG",
  stock: { manage_inventory: true, inventory_quantity: 250 },
  orderable: true,
  currencyCode: "eur",
  unitPrice: 28.1,
  pricedAtMinimum: null,
  rrpGross: 44.88,
  saving: { amount: 9.3, percent: 24.9 },
  source: "Trade prices",
  tierHint: "Order 10 for €26.20 each",
  rule: null,
  ruleText: null,
  input: { min: 1, step: 1, max: 9999 },
  quantity: "",
  error: null,
  explanation: null,
  ...overrides,
});

const render = (rows: MatrixRow[]) =>
  renderHtml(VariantMatrix, {
    props: { rows, action: "/products/colombia-huila", netLabel: "net, excl. VAT", rrpLabel: "RRP incl. VAT" },
  });

describe("VariantMatrix", () => {
  it("says when a price is for the minimum the buyer must order", async () => {
    const html = await render([row({ unitPrice: 8.1, pricedAtMinimum: 12 })]);
    expect(html).toMatch(/data-net-amount="8.1"[^>]*>€8\.10/);
    expect(html).toMatch(/<div class="muted" data-priced-at="12"[^>]*>each, from 12<\/div>/);
    expect(await render([row({})])).not.toContain("data-priced-at");
  });

  it("labels each quantity field with its size and posts the variant beside it", async () => {
    const html = await render([row({})]);
    expect(html).toMatch(/<label for="qty-v_1kg">1 kg<\/label>/);
    expect(html).toContain('<input type="hidden" name="variant_id" value="v_1kg">');
    expect(html).toMatch(
      /<input id="qty-v_1kg" name="quantity" type="number" inputmode="numeric" min="1" step="1" max="9999" value placeholder="0"/,
    );
    expect(html).toContain("Save 24.9%");
    expect(html).toContain('formmethod="get"');
  });

  it("ties the rule and the error to the field", async () => {
    const html = await render([
      row({
        ruleText: "Cases of 6 · min 12",
        input: { min: 12, step: 6, max: 9999 },
        quantity: "13",
        error: "SKU X is sold in multiples of 6 from 12",
      }),
    ]);
    expect(html).toMatch(/aria-invalid="true" aria-describedby="qty-v_1kg-rule qty-v_1kg-error"/);
    expect(html).toContain('<p class="form-field__hint" id="qty-v_1kg-rule" data-rule>Cases of 6 · min 12</p>');
    expect(html).toContain(
      '<p class="form-field__error" id="qty-v_1kg-error" data-error>SKU X is sold in multiples of 6 from 12</p>',
    );
    expect(html).toMatch(/<tr data-variant-id="v_1kg" data-sku="COLOMBIA-HUILA-1KG" class="has-error">/);
  });

  it("disables a size that cannot be ordered and leaves it out of the post", async () => {
    const html = await render([row({ id: "v_5kg", title: "5 kg", orderable: false, unitPrice: null })]);
    expect(html).toContain("Price on request");
    expect(html).toMatch(/id="qty-v_5kg"[^>]*disabled/);
    expect(html).not.toContain('name="variant_id" value="v_5kg"');
  });
});
