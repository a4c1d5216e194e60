import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { beforeAll, describe, expect, it } from "vitest";
import { displayPrice } from "../prices";
import ErrorPanel from "./ErrorPanel.astro";
import FormField from "./FormField.astro";
import Pagination from "./Pagination.astro";
import PriceChanges from "./PriceChanges.astro";
import PriceTag from "./PriceTag.astro";
import ProductCard from "./ProductCard.astro";

let astro: AstroContainer;
beforeAll(async () => {
  astro = await AstroContainer.create();
});

// Dev-mode rendering annotates elements with their source location; the markup under test is the rest.
const container = {
  async renderToString(...args: Parameters<AstroContainer["renderToString"]>) {
    return (await astro.renderToString(...args)).replace(/ data-astro-source-(?:file|loc)="[^"]*"/g, "");
  },
};

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/\s+/g, " ")
    .trim();

const sale = {
  calculated_amount_with_tax: 28.8,
  calculated_amount_without_tax: 24,
  original_amount_with_tax: 36,
  original_amount_without_tax: 30,
  currency_code: "eur",
};

describe("PriceTag", () => {
  it("shows the gross price, the struck 'was' price and the tax note", async () => {
    const html = await container.renderToString(PriceTag, {
      props: { price: displayPrice(sale, "gross"), taxLabel: "incl. VAT" },
    });
    expect(text(html)).toContain("€28.80");
    expect(html).toMatch(/<s[^>]*>.*Was.*€36\.00.*<\/s>/s);
    expect(text(html)).toContain("incl. VAT");
  });

  it("shows the net price with the RRP beside it", async () => {
    const html = await container.renderToString(PriceTag, { props: { price: displayPrice(sale, "net") } });
    expect(text(html)).toMatch(/€24\.00.*RRP €36\.00.*excl\. tax/);
  });

  it("says so when there is no price", async () => {
    expect(text(await container.renderToString(PriceTag, { props: { price: null } }))).toBe("Price unavailable");
  });
});

describe("ProductCard", () => {
  it("links the title and gives the image alt text", async () => {
    const html = await container.renderToString(ProductCard, {
      props: {
        href: "/products/colombia-huila",
        title: "Colombia Huila",
        imageUrl: "http://x/img.png",
        price: displayPrice(sale, "gross"),
        priceFrom: true,
      },
    });
    expect(html).toContain('alt="Colombia Huila"');
    expect(html).toMatch(/<h3[^>]*><a href="\/products\/colombia-huila">Colombia Huila<\/a><\/h3>/);
    expect(text(html)).toContain("From €28.80");
  });
});

describe("Pagination", () => {
  it("marks the current page and keeps the sort", async () => {
    const url = new URL("http://localhost/categories/coffee-beans?sort=name&page=2");
    const html = await container.renderToString(Pagination, { props: { url, page: 2, pageCount: 3 } });
    expect(html).toContain('aria-label="Pagination"');
    expect(html).toMatch(/href="\/categories\/coffee-beans\?sort=name&(amp;)?page=2" aria-current="page"/);
    expect(html).toMatch(/href="\/categories\/coffee-beans\?sort=name" rel="prev"/);
  });

  it("renders nothing for one page", async () => {
    const html = await container.renderToString(Pagination, {
      props: { url: new URL("http://localhost/x"), page: 1, pageCount: 1 },
    });
    expect(html.trim()).toBe("");
  });
});

describe("FormField", () => {
  it("ties the label and the error to the input", async () => {
    const html = await container.renderToString(FormField, {
      props: { label: "Email", name: "email", type: "email", value: "nope", error: "Enter a valid email address" },
    });
    expect(html).toContain('<label for="field-email">');
    expect(html).toMatch(
      /<input[^>]*id="field-email"[^>]*aria-invalid="true"[^>]*aria-describedby="field-email-error"/,
    );
    expect(html).toMatch(/id="field-email-error"[^>]*>Enter a valid email address/);
    expect(html).toContain('value="nope"');
  });

  it("has no error wiring when valid", async () => {
    const html = await container.renderToString(FormField, { props: { label: "City", name: "city" } });
    expect(html).not.toContain("aria-invalid");
    expect(html).not.toContain("aria-describedby");
  });
});

describe("ErrorPanel", () => {
  it("links each error to its field and can announce itself", async () => {
    const html = await container.renderToString(ErrorPanel, {
      props: {
        title: "Check your details",
        alert: true,
        errors: [{ field: "field-email", message: "Enter a valid email address" }],
      },
    });
    expect(html).toContain('role="alert"');
    expect(html).toContain('href="#field-email"');
  });
});

describe("PriceChanges", () => {
  it("shows each changed line old → new and a form that posts intent=refresh-prices to the review page", async () => {
    const html = await container.renderToString(PriceChanges, {
      props: {
        currency: "eur",
        action: "/checkout/review",
        changes: [
          {
            line_item_id: "cali_1",
            sku: "CHEMEX-FILTERS",
            title: "Chemex filters",
            quantity: 12,
            unit_price: 13.37,
            current_unit_price: 28.1,
          },
          { line_item_id: "cali_2", sku: null, title: "Gone", quantity: 1, unit_price: 5, current_unit_price: null },
        ],
      },
    });
    // Text with a space per tag, so table cells stay apart.
    const cells = html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
    expect(html).toContain('role="alert"');
    expect(cells).toContain("Chemex filters (CHEMEX-FILTERS) 12 €13.37 €28.10");
    expect(cells).toContain("Gone 1 €5.00 No longer available");
    expect(html).toMatch(/<form method="post" action="\/checkout\/review">/);
    expect(html).toContain('name="intent" value="refresh-prices"');
    expect(text(html)).toContain("Update prices");
  });

  it("labels each cell with its column, for the stacked cards a phone shows", async () => {
    const html = await container.renderToString(PriceChanges, {
      props: {
        currency: "eur",
        action: "/checkout/review",
        changes: [{ line_item_id: "cali_1", sku: "X", title: "X", quantity: 2, unit_price: 1, current_unit_price: 2 }],
      },
    });
    const row = html.match(/<tr data-line-item="cali_1"[\s\S]*?<\/tr>/)?.[0] ?? "";
    expect([...row.matchAll(/<td[^>]*data-label="([^"]+)"/g)].map((match) => match[1])).toEqual([
      "Quantity",
      "Was",
      "Now",
    ]);
  });
});
