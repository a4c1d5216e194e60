import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { pagesForSite, pageSchema } from "@hybrid/content";
import { readContentFiles } from "@hybrid/content/files.ts";
import { PACKAGE_ROOT } from "@hybrid/content/layout.ts";
import { parseFrontmatter } from "astro/markdown";
import { beforeAll, describe, expect, it } from "vitest";
import { absoluteUrl, canonicalUrl, jsonLdScript, productJsonLd, robotsTxt, sitemapXml } from "./seo";
import { buildSitemap } from "./sitemap";

const ORIGIN = "https://shop.example.com";
const price = (gross: number, currency = "eur") => ({
  calculated_amount: gross / 1.2,
  calculated_amount_with_tax: gross,
  calculated_amount_without_tax: gross / 1.2,
  original_amount_with_tax: gross,
  currency_code: currency,
});
const huila = {
  handle: "colombia-huila",
  title: "Colombia Huila",
  description: "Red apple, panela & milk chocolate.",
  thumbnail: "http://localhost:9000/uploads/products/colombia-huila.svg",
  images: [{ url: "http://localhost:9000/uploads/products/colombia-huila.svg" }],
  categories: [{ name: "Coffee beans" }],
  variants: [
    {
      id: "variant_250",
      sku: "COLOMBIA-HUILA-250G",
      title: "250 g",
      calculated_price: price(13.2),
      manage_inventory: true,
      inventory_quantity: 40,
    },
    {
      id: "variant_1kg",
      sku: "COLOMBIA-HUILA-1KG",
      title: "1 kg",
      calculated_price: price(44.88),
      manage_inventory: true,
      inventory_quantity: 0,
    },
    {
      id: "variant_5kg",
      sku: "COLOMBIA-HUILA-5KG",
      title: "5 kg",
      calculated_price: null,
      manage_inventory: true,
      inventory_quantity: 3,
    },
  ],
};

describe("product JSON-LD", () => {
  const parsed = JSON.parse(jsonLdScript(productJsonLd(huila, { origin: ORIGIN, selectedVariantId: "variant_1kg" })));

  it("is a schema.org Product with name, absolute image, the selected SKU and its URL", () => {
    expect(parsed["@context"]).toBe("https://schema.org");
    expect(parsed["@type"]).toBe("Product");
    expect(parsed.name).toBe(huila.title);
    expect(parsed.description).toBe(huila.description);
    expect(parsed.sku).toBe("COLOMBIA-HUILA-1KG");
    expect(parsed.url).toBe("https://shop.example.com/products/colombia-huila");
    expect(parsed.image).toEqual([huila.images[0]!.url]);
    for (const image of parsed.image) expect(new URL(image).protocol).toMatch(/^https?:$/);
  });

  it("has one Offer per priced variant with the shown tax-inclusive price, currency, SKU and availability", () => {
    expect(parsed.offers).toEqual([
      expect.objectContaining({
        "@type": "Offer",
        sku: "COLOMBIA-HUILA-250G",
        price: "13.20",
        priceCurrency: "EUR",
        availability: "https://schema.org/InStock",
        url: "https://shop.example.com/products/colombia-huila?variant=variant_250",
      }),
      expect.objectContaining({
        sku: "COLOMBIA-HUILA-1KG",
        price: "44.88",
        priceCurrency: "EUR",
        availability: "https://schema.org/OutOfStock",
      }),
    ]);
    for (const offer of parsed.offers) {
      const variant = huila.variants.find((v) => v.sku === offer.sku)!;
      expect(Number(offer.price)).toBe(variant.calculated_price!.calculated_amount_with_tax);
      expect(offer.priceCurrency).toMatch(/^[A-Z]{3}$/);
    }
  });

  it("makes a relative image absolute and cannot be broken out of its script element", () => {
    const ld = productJsonLd(
      { ...huila, title: "</script><script>alert(1)</script>", images: [{ url: "/img/x.png" }], thumbnail: null },
      { origin: ORIGIN },
    );
    expect(ld.image).toEqual(["https://shop.example.com/img/x.png"]);
    const script = jsonLdScript(ld);
    expect(script).not.toContain("</script>");
    expect(JSON.parse(script).name).toBe("</script><script>alert(1)</script>");
  });
});

describe("canonical URLs", () => {
  it("drop the query except the parameters that select content, on the public origin", () => {
    const url = new URL("http://internal:4321/categories/coffee-beans?sort=price-asc&page=2&utm_source=x");
    expect(canonicalUrl(ORIGIN, url, ["page"])).toBe("https://shop.example.com/categories/coffee-beans?page=2");
    expect(canonicalUrl(ORIGIN, new URL("http://x/categories/a?page=1"), ["page"])).toBe(
      "https://shop.example.com/categories/a",
    );
    expect(canonicalUrl(`${ORIGIN}/`, new URL("http://x/products/a?variant=v1"))).toBe(
      "https://shop.example.com/products/a",
    );
    expect(absoluteUrl(ORIGIN, "/sitemap.xml")).toBe("https://shop.example.com/sitemap.xml");
  });
});

describe("robots.txt", () => {
  it("allows crawling, keeps crawlers out of cart, checkout and previews, and points at the sitemap", () => {
    const lines = robotsTxt(ORIGIN).split("\n");
    expect(lines).toContain("User-agent: *");
    expect(lines).toContain("Sitemap: https://shop.example.com/sitemap.xml");
    expect(lines).toEqual(expect.arrayContaining(["Disallow: /cart", "Disallow: /checkout", "Disallow: /preview/"]));
    expect(lines).not.toContain("Disallow: /");
  });
});

describe("sitemap", () => {
  type Catalog = { categories: Array<{ handle: string }>; products: Array<{ handle: string; channels: string[] }> };
  const NOW = new Date("2026-06-01T00:00:00Z");
  let catalog: Catalog;
  let consumerProducts: Catalog["products"];
  let pages: Array<{ id: string; data: ReturnType<typeof pageSchema.parse> }>;
  let xml: string;
  let locs: string[];

  beforeAll(async () => {
    catalog = JSON.parse(
      await readFile(fileURLToPath(new URL("../../../../../backend/data/catalog.json", import.meta.url)), "utf8"),
    );
    consumerProducts = catalog.products.filter((p) => p.channels.includes("consumer"));
    pages = (await readContentFiles(PACKAGE_ROOT))
      .filter((file) => file.path.startsWith("pages/"))
      .map((file) => ({
        id: file.path.slice("pages/".length, -".md".length),
        data: pageSchema.parse(parseFrontmatter(file.source).frontmatter),
      }));
    /** A fake of the site's backend client: the consumer channel of the seed catalog, paged. */
    const products = {
      list: async ({ limit = 12, offset = 0 }: { limit?: number; offset?: number }) => ({
        products: consumerProducts
          .slice(offset, offset + limit)
          .map((p) => ({ id: `prod_${p.handle}`, handle: p.handle, updated_at: "2026-05-01T10:00:00Z" })),
        count: consumerProducts.length,
      }),
    } as never;
    xml = await buildSitemap({
      origin: ORIGIN,
      products,
      region: { id: "reg_eu", countryCode: "de" },
      categories: catalog.categories,
      pages: pagesForSite(pages, "consumer", { now: NOW }),
    });
    locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  });

  it("is a sitemaps.org urlset", () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
  });

  it("lists every consumer product of the seed catalog and no trade-only one", () => {
    expect(consumerProducts.length).toBeGreaterThan(20);
    for (const product of consumerProducts) expect(locs).toContain(`${ORIGIN}/products/${product.handle}`);
    for (const product of catalog.products.filter((p) => !p.channels.includes("consumer"))) {
      expect(locs).not.toContain(`${ORIGIN}/products/${product.handle}`);
    }
    expect(xml).toContain("<lastmod>2026-05-01</lastmod>");
  });

  it("lists every category and every published consumer page, not drafts or trade-only pages", () => {
    for (const category of catalog.categories) expect(locs).toContain(`${ORIGIN}/categories/${category.handle}`);
    const live = pages
      .filter((p) => p.data.status === "published" && p.data.sites.includes("consumer"))
      .map((p) => p.id);
    expect(live).toEqual(expect.arrayContaining(["our-roastery", "brew-guide"]));
    for (const id of live) expect(locs).toContain(`${ORIGIN}/pages/${id}`);
    expect(locs).not.toContain(`${ORIGIN}/pages/wholesale-programme`);
    expect(locs).not.toContain(`${ORIGIN}/pages/holiday-gift-guide`);
    expect(locs[0]).toBe(`${ORIGIN}/`);
  });

  it("escapes XML and lists each URL once", () => {
    const out = sitemapXml([{ loc: "https://x/a?b=1&c=2" }, { loc: "https://x/a?b=1&c=2" }]);
    expect(out.match(/<url>/g)).toHaveLength(1);
    expect(out).toContain("<url><loc>https://x/a?b=1&amp;c=2</loc></url>");
  });
});
