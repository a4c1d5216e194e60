import { describe, expect, it } from "vitest";
import { renderHtml } from "../../test/render";
import { emptyQuickOrder, type QuickOrderView } from "./quick-order";
import QuickOrderPad from "./QuickOrderPad.astro";

const render = (view: QuickOrderView) => renderHtml(QuickOrderPad, { props: { view, netLabel: "net, excl. VAT" } });

describe("QuickOrderPad", () => {
  it("labels every field of every row, so it works as plain inputs", async () => {
    const html = await render(emptyQuickOrder());
    for (let n = 1; n <= 5; n++) {
      expect(html).toContain(`<label for="line-${n}-sku" class="visually-hidden">SKU, line ${n}</label>`);
      expect(html).toContain(`<label for="line-${n}-quantity" class="visually-hidden">Quantity, line ${n}</label>`);
    }
    expect(html).not.toContain("<tfoot>");
  });

  it("shows a checked line's price and a failing line's problems beside its fields", async () => {
    const html = await render({
      ...emptyQuickOrder(),
      checked: true,
      currencyCode: "eur",
      total: 262,
      blankRows: 2,
      rows: [
        {
          sku: "COLOMBIA-HUILA-1KG",
          quantity: "10",
          problems: {},
          priced: { product: "Colombia Huila · 1 kg", unitPrice: 26.2, lineTotal: 262, source: "Trade prices, 10+" },
          rule: null,
        },
        {
          sku: "NOPE",
          quantity: "x",
          problems: { sku: "unknown SKU NOPE", quantity: "“x” is not a quantity." },
          priced: null,
          rule: null,
        },
      ],
    });
    expect(html).toContain("2 lines checked, 1 to fix");
    expect(html).toMatch(/id="line-2-sku"[^>]*aria-invalid="true" aria-describedby="line-2-sku-error"/);
    expect(html).toContain('<p class="form-field__error" id="line-2-sku-error" data-error="sku">unknown SKU NOPE</p>');
    expect(html).toContain('id="line-2-quantity-error"');
    expect(html).toMatch(/data-total="262"[^>]*>€262\.00/);
    expect(html.match(/<tr data-line="\d+"/g)).toHaveLength(4);
  });
});
