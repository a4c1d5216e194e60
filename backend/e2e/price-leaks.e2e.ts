/**
 * No price leaks, against the whole platform booted by the e2e globalSetup.
 *
 * Four actors — a guest on the consumer site, a B2C customer, a buyer of trade company A and a buyer
 * of trade company B — and every variant of the seed. Companies A and B are created through the raw
 * APIs (trade application → admin approval → buyer sign-in) and each gets its own contract list
 * (POST /admin/trade-pricing/companies/:id/price-list) with amounts that differ on overlapping
 * variants, plus a quantity tier. The expected price of every (actor, variant) is computed here,
 * independently of the store API, from what the admin API says: the variant's base price, every
 * price list (status, date window, `customer.groups.id` rule, prices) and each customer's groups.
 * The policy under test: the lowest applicable price at quantity 1 (base price, "Trade prices",
 * the buyer's own company list), EUR region, net for trade, +20 % VAT on the consumer site; on a
 * trade product page, at the least quantity the buyer can order (the variant's quantity rule
 * minimum: a price at 1 of a variant sold from 12 is one nobody can order at).
 * One identity: customer-group prices apply only with the trade key, so through the consumer key
 * every actor — a trade buyer signed in there included — gets exactly the guest's prices, and the
 * buyer's own lists count as foreign there.
 *
 * A "foreign" amount is an amount of a price list that does not apply to the actor (for a consumer:
 * the Trade list and every company list; for A: B's list, and the other way round), found where that
 * variant's price is shown, and not equal to any amount the actor may legitimately see for that
 * variant (so €9.80 that is both A's price of one size and B's contract price of another is not a
 * leak). Checks are per variant: per product JSON variant in the API, per row (data-variant-id /
 * the variant's price tag) in HTML, per product row in the trade catalog.
 */
// Type-only: brings the harness's `inject("platform")` typing into scope.
import type {} from "@hybrid/platform/e2e";
import { beforeAll, describe, expect, inject, it } from "vitest";

const { backendUrl, consumerUrl, tradeUrl } = inject("platform");
const ADMIN = { email: "admin@example.com", password: "hybrid-demo" };
/** Unique per run, so the spec also passes against a kept database (E2E_DATABASE_URL). */
const RUN = Date.now().toString(36);
const PASSWORD = "leak-test-password";
const VAT_RATE = 0.2;
const REGION_COUNTRY = "de";

type ActorName = "guest" | "b2c" | "buyerA" | "buyerB";
type Channel = "consumer" | "trade";

interface ListPrice {
  id: string;
  variantId: string;
  currency: string;
  amount: number;
  minQuantity: number | null;
  maxQuantity: number | null;
  rules: Record<string, unknown>;
}
interface PriceList {
  id: string;
  title: string;
  type: "sale" | "override";
  status: string;
  startsAt: string | null;
  endsAt: string | null;
  rules: Record<string, unknown>;
  prices: ListPrice[];
}
interface Variant {
  id: string;
  sku: string;
  productHandle: string;
  productId: string;
  /** EUR base price (outside every list) at quantity 1; resolved once the lists are known. */
  base: number | null;
  /** The admin API's prices of the variant's price set (list prices included). */
  adminPrices: Array<{
    id: string;
    currency_code: string;
    amount: number;
    min_quantity?: number | null;
    rules?: Record<string, unknown>;
  }>;
}
interface Product {
  id: string;
  handle: string;
  channels: Set<Channel>;
  variants: Variant[];
}
interface Actor {
  name: ActorName;
  token?: string;
  customerId?: string;
  groups: Set<string>;
}
/** What one actor may see for one variant, and what would be a leak. */
interface Expectation {
  net: number | null;
  gross: number | null;
  /** The list that gives the price, or null for the base price (or a tie between lists). */
  priceListId: string | null;
  /** Amounts (net and gross) the actor may see for this variant: base/RRP, own price, own list prices and tiers, saving. */
  legit: Set<number>;
  /** Amounts (net and gross) of lists that do not apply to this actor, minus `legit`. */
  foreign: Set<number>;
  foreignListIds: Set<string>;
}

const cents = (amount: number) => Math.round((amount + Number.EPSILON) * 100) / 100;
const gross = (net: number) => cents(net * (1 + VAT_RATE));
const money = (amount: number) => `€${cents(amount).toFixed(2)}`;

// ------------------------------------------------------------------------------------------------
// raw HTTP

interface Call {
  key?: string;
  token?: string;
  body?: unknown;
}

async function api<T = any>(
  method: string,
  path: string,
  options: Call = {},
): Promise<{ status: number; data: T; text: string }> {
  const headers: Record<string, string> = {};
  if (options.key) headers["x-publishable-api-key"] = options.key;
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers["content-type"] = "application/json";
  const response = await fetch(`${backendUrl}${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  let data: any = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  return { status: response.status, data, text };
}

async function ok<T = any>(method: string, path: string, options: Call = {}): Promise<T> {
  const result = await api<T>(method, path, options);
  if (result.status >= 300) throw new Error(`${method} ${path} → ${result.status}: ${result.text.slice(0, 400)}`);
  return result.data;
}

/** A cookie jar for one storefront session (fetch keeps no cookies). */
class Browserless {
  private cookies = new Map<string, string>();
  constructor(
    private readonly origin: string,
    initial: Record<string, string> = {},
  ) {
    for (const [name, value] of Object.entries(initial)) this.cookies.set(name, value);
  }
  private header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
  private remember(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(";");
      const index = pair!.indexOf("=");
      const name = pair!.slice(0, index).trim();
      const value = pair!.slice(index + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=thu, 01 jan 1970/i.test(a));
      if (expired || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  has(name: string) {
    return this.cookies.has(name);
  }
  async get(path: string): Promise<{ status: number; html: string; headers: Headers }> {
    const response = await fetch(`${this.origin}${path}`, {
      headers: { cookie: this.header() },
      redirect: "manual",
      signal: AbortSignal.timeout(30_000),
    });
    this.remember(response);
    return { status: response.status, html: await response.text(), headers: response.headers };
  }
  async postForm(
    path: string,
    fields: Record<string, string>,
  ): Promise<{ status: number; location: string | null; html: string }> {
    const response = await fetch(`${this.origin}${path}`, {
      method: "POST",
      headers: { cookie: this.header(), "content-type": "application/x-www-form-urlencoded", origin: this.origin },
      body: new URLSearchParams(fields).toString(),
      redirect: "manual",
      signal: AbortSignal.timeout(30_000),
    });
    this.remember(response);
    return { status: response.status, location: response.headers.get("location"), html: await response.text() };
  }
}

// ------------------------------------------------------------------------------------------------
// HTML reading: elements by attribute, money amounts in a fragment

function decodeEntities(text: string): string {
  return text
    .replace(/&nbsp;|&#160;|&#xa0;/gi, " ")
    .replace(/&euro;|&#8364;|&#x20ac;/gi, "€")
    .replace(/&minus;|&#8722;/gi, "−")
    .replace(/&amp;/g, "&");
}

const VOID_ELEMENTS = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
]);

/** Outer HTML of every element whose start tag carries `attribute` (with `value` when given). */
function elementsWith(html: string, attribute: string, value?: string): Array<{ html: string; value: string }> {
  const found: Array<{ html: string; value: string }> = [];
  const start = new RegExp(`<([a-zA-Z][\\w-]*)\\b[^>]*\\s${attribute}="([^"]*)"[^>]*>`, "g");
  for (let match = start.exec(html); match; match = start.exec(html)) {
    const [openTag, tag, attrValue] = match as unknown as [string, string, string];
    if (value !== undefined && attrValue !== value) continue;
    if (VOID_ELEMENTS.has(tag.toLowerCase()) || openTag.endsWith("/>")) {
      found.push({ html: openTag, value: attrValue });
      continue;
    }
    const tagPattern = new RegExp(`<(/?)${tag}\\b[^>]*>`, "gi");
    tagPattern.lastIndex = match.index + openTag.length;
    let depth = 1;
    let end = html.length;
    for (let t = tagPattern.exec(html); t; t = tagPattern.exec(html)) {
      depth += t[1] ? -1 : 1;
      if (depth === 0) {
        end = t.index + t[0].length;
        break;
      }
    }
    found.push({ html: html.slice(match.index, end), value: attrValue });
  }
  return found;
}

/** Every amount a fragment shows: formatted euro amounts in its text and numeric price/amount data attributes. */
function amountsIn(fragment: string): number[] {
  const amounts: number[] = [];
  for (const m of fragment.matchAll(/\sdata-[\w-]*(?:amount|price|gross|net)[\w-]*="(-?\d+(?:\.\d+)?)"/g))
    amounts.push(cents(Number(m[1])));
  const text = decodeEntities(fragment.replace(/<[^>]*>/g, " "));
  // en-IE (the sites' EUR locale): "€1,234.50"; tolerate "1.234,50 €" too.
  for (const m of text.matchAll(/€\s?(\d{1,3}(?:,\d{3})*(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)/g))
    amounts.push(cents(Number(m[1]!.replace(/,/g, ""))));
  for (const m of text.matchAll(/(\d{1,3}(?:\.\d{3})*,\d{2})\s?€/g))
    amounts.push(cents(Number(m[1]!.replace(/\./g, "").replace(",", "."))));
  return amounts;
}

/** Where the trade pages put a variant's net unit price (the variant matrix rows: data-net-amount). */
const NET_ATTRIBUTES = ["data-net-amount", "data-unit-price"];

function attr(fragment: string, names: string[]): number | null {
  for (const name of names) {
    const m = new RegExp(`\\s${name}="(-?\\d+(?:\\.\\d+)?)"`).exec(fragment);
    if (m) return cents(Number(m[1]));
  }
  return null;
}

// ------------------------------------------------------------------------------------------------
// expected prices, from the admin's data

function groupRule(rules: Record<string, unknown>): string[] | null {
  const value = rules["customer.groups.id"];
  if (value === undefined) return null;
  return (Array.isArray(value) ? value : [value]).map(String);
}

/** Whether a list applies to the actor at all (status, window, rules). */
function listApplies(list: PriceList, actor: Actor, now: Date): boolean {
  if (list.status !== "active") return false;
  if (list.startsAt && new Date(list.startsAt) > now) return false;
  if (list.endsAt && new Date(list.endsAt) <= now) return false;
  for (const [attribute, raw] of Object.entries(list.rules)) {
    if (attribute !== "customer.groups.id") return false; // no such rule in this seed; never assume it matches
    const groups = groupRule({ [attribute]: raw }) ?? [];
    if (!groups.some((g) => actor.groups.has(g))) return false;
  }
  return true;
}

function priceAppliesAt(price: ListPrice, quantity: number, regionId: string): boolean {
  if (price.currency !== "eur") return false;
  if (price.minQuantity !== null && price.minQuantity > quantity) return false;
  if (price.maxQuantity !== null && price.maxQuantity < quantity) return false;
  return Object.entries(price.rules).every(([attribute, value]) => attribute === "region_id" && value === regionId);
}

function expectationFor(
  variant: Variant,
  actor: Actor,
  lists: PriceList[],
  regionId: string,
  now: Date,
  quantity = 1,
): Expectation {
  const own = lists.filter((l) => listApplies(l, actor, now));
  const others = lists.filter((l) => !own.includes(l));
  const ownPrices = own.flatMap((l) =>
    l.prices.filter((p) => p.variantId === variant.id && p.currency === "eur").map((p) => ({ list: l, price: p })),
  );
  const atQuantity = ownPrices.filter(({ price }) => priceAppliesAt(price, quantity, regionId));
  const overrides = atQuantity.filter(({ list }) => list.type === "override");
  const candidates: Array<{ amount: number; listId: string | null }> = overrides.length
    ? overrides.map(({ list, price }) => ({ amount: price.amount, listId: list.id }))
    : [
        ...(variant.base !== null ? [{ amount: variant.base, listId: null }] : []),
        ...atQuantity.map(({ list, price }) => ({ amount: price.amount, listId: list.id })),
      ];
  const best = candidates.length ? Math.min(...candidates.map((c) => c.amount)) : null;
  const winners = candidates.filter((c) => c.amount === best);
  const net = best === null ? null : cents(best);

  const legit = new Set<number>();
  const add = (amount: number | null) => {
    if (amount === null) return;
    legit.add(cents(amount));
    legit.add(gross(amount));
  };
  add(variant.base);
  add(net);
  for (const { price } of ownPrices) add(price.amount);
  if (net !== null && variant.base !== null && variant.base > net) add(cents(variant.base - net));

  const foreign = new Set<number>();
  const foreignListIds = new Set<string>();
  for (const list of others) {
    const prices = list.prices.filter((p) => p.variantId === variant.id && p.currency === "eur");
    if (!prices.length) continue;
    foreignListIds.add(list.id);
    for (const p of prices) {
      for (const amount of [cents(p.amount), gross(p.amount)]) if (!legit.has(amount)) foreign.add(amount);
    }
  }
  return {
    net,
    gross: net === null ? null : gross(net),
    priceListId: winners.length === 1 ? winners[0]!.listId : null,
    legit,
    foreign,
    foreignListIds,
  };
}

/** Runs `work` over `items`, at most `limit` at a time (page renders wait on the backend, not the CPU). */
async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
/** Storefront pages rendered at once: enough to overlap I/O, few enough for a shared 2-core machine. */
const PAGE_CONCURRENCY = 4;
/**
 * A scan renders every product page of the catalog (two buyers on the trade site): ~10 s alone,
 * over a minute in CI while the integration suite takes the same two cores.
 */
const PAGE_SCAN_TIMEOUT = 240_000;

/** Numbers anywhere inside a JSON value. */
function numbersIn(value: unknown, out: number[] = []): number[] {
  if (typeof value === "number") out.push(cents(value));
  else if (Array.isArray(value)) for (const v of value) numbersIn(v, out);
  else if (value && typeof value === "object") for (const v of Object.values(value)) numbersIn(v, out);
  return out;
}

// ------------------------------------------------------------------------------------------------

describe("no price leaks: four actors, every variant, API and both storefronts", () => {
  const keys = {} as Record<Channel, string>;
  let regionId: string;
  let adminToken: string;
  const products = new Map<string, Product>();
  const variants = new Map<string, Variant>();
  let lists: PriceList[] = [];
  const actors = {} as Record<ActorName, Actor>;
  const expected = {} as Record<ActorName, Map<string, Expectation>>;
  /** The trade buyers' prices on the product pages: at each variant's least orderable quantity. */
  const expectedAtMinimum = {} as Record<"buyerA" | "buyerB", Map<string, Expectation>>;
  /** Each variant's trade quantity rule minimum, where it is above 1. */
  const minimums = new Map<string, number>();
  const companyLists = {} as Record<"A" | "B", string>;
  const contractTitle = (label: "A" | "B") => `Leak test contract ${label} ${RUN}`;
  const signedIn = {} as Record<"buyerA" | "buyerB", Browserless>;
  /** Every leak found, as a readable line; printed and asserted empty per test. */
  const report = (title: string, leaks: string[], checked: number) => {
    console.log(
      `[price-leaks] ${title}: ${checked} checks, ${leaks.length} foreign price${leaks.length === 1 ? "" : "s"} found`,
    );
    for (const leak of leaks.slice(0, 20)) console.log(`  - ${leak}`);
  };

  async function createCompany(label: "A" | "B") {
    const slug = `leak-${label.toLowerCase()}-${RUN}`;
    const applicant = {
      email: `owner@${slug}.example`,
      password: PASSWORD,
      first_name: "Lena",
      last_name: `Buyer ${label}`,
    };
    await ok("POST", "/store/trade-applications", {
      key: keys.trade,
      body: {
        company: {
          name: `Leak Test ${label} ${RUN}`,
          vat_id: "DE123456789",
          email: `office@${slug}.example`,
          phone: "+49 30 1234567",
          currency_code: "eur",
        },
        applicant,
      },
    });
    // The application's answer names no company (the same for known and unknown emails): the
    // merchant finds it by name, as in the admin.
    const { companies } = await ok("GET", `/admin/companies?q=${encodeURIComponent(`Leak Test ${label} ${RUN}`)}`, {
      token: adminToken,
    });
    await ok("POST", `/admin/companies/${companies[0].id}/approve`, {
      token: adminToken,
      body: { payment_terms: "net30", credit_limit: 5000 },
    });
    const { token } = await ok("POST", "/auth/customer/emailpass", {
      body: { email: applicant.email, password: PASSWORD },
    });
    const { customer } = await ok("GET", "/store/customers/me", { key: keys.trade, token });
    return {
      companyId: companies[0].id as string,
      email: applicant.email,
      token: token as string,
      customerId: customer.id as string,
    };
  }

  /** The customer's groups as the admin sees them (the source of truth for which lists apply). */
  async function groupsOf(customerId: string): Promise<Set<string>> {
    const { customer } = await ok("GET", `/admin/customers/${customerId}?fields=id,*groups`, { token: adminToken });
    return new Set<string>((customer.groups ?? []).map((g: { id: string }) => g.id));
  }

  async function loadCatalog() {
    for (let offset = 0; ; offset += 100) {
      const { products: page, count } = await ok(
        "GET",
        `/admin/products?limit=100&offset=${offset}&fields=id,handle,status,*sales_channels,*variants,*variants.prices,variants.prices.price_rules.attribute,variants.prices.price_rules.value`,
        { token: adminToken },
      );
      for (const p of page) {
        if (p.status !== "published") continue;
        const channels = new Set<Channel>(
          (p.sales_channels ?? [])
            .map((sc: { name: string }) => (sc.name === "Trade" ? "trade" : sc.name === "Consumer" ? "consumer" : null))
            .filter(Boolean),
        );
        const product: Product = { id: p.id, handle: p.handle, channels, variants: [] };
        for (const v of p.variants ?? []) {
          const variant: Variant = {
            id: v.id,
            sku: v.sku,
            productHandle: p.handle,
            productId: p.id,
            base: null,
            adminPrices: v.prices ?? [],
          };
          product.variants.push(variant);
          variants.set(v.id, variant);
        }
        products.set(p.id, product);
      }
      if (offset + 100 >= count) break;
    }
  }

  async function loadPriceLists() {
    const all: PriceList[] = [];
    for (let offset = 0; ; offset += 50) {
      const { price_lists, count } = await ok(
        "GET",
        `/admin/price-lists?limit=50&offset=${offset}&fields=id,title,type,status,starts_at,ends_at,*price_list_rules,*prices,prices.price_set.variant.id,*prices.price_rules`,
        { token: adminToken },
      );
      for (const l of price_lists) {
        all.push({
          id: l.id,
          title: l.title,
          type: l.type,
          status: l.status,
          startsAt: l.starts_at ?? null,
          endsAt: l.ends_at ?? null,
          rules: l.rules ?? {},
          prices: (l.prices ?? []).map((p: any) => ({
            id: p.id,
            variantId: p.variant_id ?? p.price_set?.variant?.id,
            currency: p.currency_code,
            amount: Number(p.amount),
            minQuantity: p.min_quantity === null || p.min_quantity === undefined ? null : Number(p.min_quantity),
            maxQuantity: p.max_quantity === null || p.max_quantity === undefined ? null : Number(p.max_quantity),
            rules: p.rules ?? {},
          })),
        });
      }
      if (offset + 50 >= count) break;
    }
    return all;
  }

  /** Base price: the variant's EUR price outside every list (a region-specific one first), at quantity 1. */
  function resolveBasePrices(all: PriceList[]) {
    // The admin's variant prices are all prices of its price set, list prices included: those go by id.
    const listPriceIds = new Set(all.flatMap((l) => l.prices.map((p) => p.id)));
    for (const variant of variants.values()) {
      const raw = variant.adminPrices.filter(
        (p) =>
          p.currency_code === "eur" &&
          !listPriceIds.has(p.id) &&
          (p.min_quantity == null || Number(p.min_quantity) <= 1),
      );
      const regional = raw.find((p) => p.rules?.region_id === regionId);
      const plain = raw.find((p) => !p.rules || Object.keys(p.rules).length === 0);
      const chosen = regional ?? plain;
      variant.base = chosen ? cents(Number(chosen.amount)) : null;
    }
  }

  beforeAll(async () => {
    const started = Date.now();
    for (const channel of ["consumer", "trade"] as const) {
      keys[channel] = (await ok("GET", `/storefront-bootstrap/${channel}`)).publishable_key;
    }
    const { regions } = await ok("GET", "/store/regions", { key: keys.consumer });
    regionId = regions.find((r: { currency_code: string }) => r.currency_code === "eur").id;
    adminToken = (await ok("POST", "/auth/user/emailpass", { body: ADMIN })).token;
    await loadCatalog();

    // Companies A and B through the raw APIs, then their contract lists.
    const [a, b] = [await createCompany("A"), await createCompany("B")];
    const tradeVariants = [...products.values()]
      .filter((p) => p.channels.has("trade"))
      .flatMap((p) => p.variants)
      .sort((x, y) => x.sku.localeCompare(y.sku));
    const seedLists = await loadPriceLists();
    resolveBasePrices(seedLists);
    const priced = tradeVariants.filter((v) => v.base !== null);
    expect(priced.length).toBeGreaterThan(10);
    // Cents ending in 3 (A) and 7 (B): recognisable, and unlike the seed's round prices.
    const contract = (base: number, factor: number, lastCent: 3 | 7) =>
      cents(Math.floor(base * factor * 10) / 10 + lastCent / 100);
    const pricesA: Array<{ variant_id: string; currency_code: string; amount: number; min_quantity?: number }> = [];
    const pricesB: typeof pricesA = [];
    priced.forEach((v, i) => {
      const base = v.base!;
      if (i % 2 === 0) pricesA.push({ variant_id: v.id, currency_code: "eur", amount: contract(base, 0.55, 3) }); // A cheaper than Trade
      if (i % 6 === 1) pricesA.push({ variant_id: v.id, currency_code: "eur", amount: contract(base, 0.95, 3) }); // Trade cheaper than A
      if (i % 3 === 0) pricesB.push({ variant_id: v.id, currency_code: "eur", amount: contract(base, 0.6, 7) }); // overlaps A on i % 6 == 0
      if (i % 6 === 1) pricesB.push({ variant_id: v.id, currency_code: "eur", amount: contract(base, 0.5, 7) }); // B cheaper where A is dearer
    });
    // Tiers on the same variant for both companies, at different breaks.
    pricesA.push({
      variant_id: priced[0]!.id,
      currency_code: "eur",
      amount: contract(priced[0]!.base!, 0.45, 3),
      min_quantity: 10,
    });
    pricesB.push({
      variant_id: priced[0]!.id,
      currency_code: "eur",
      amount: contract(priced[0]!.base!, 0.4, 7),
      min_quantity: 5,
    });
    for (const [label, company, prices] of [
      ["A", a, pricesA],
      ["B", b, pricesB],
    ] as const) {
      const created = await ok("POST", `/admin/trade-pricing/companies/${company.companyId}/price-list`, {
        token: adminToken,
        body: { title: contractTitle(label), prices },
      });
      companyLists[label] = created.price_list.id;
    }

    // The B2C customer, registered on the consumer site's key.
    const b2cEmail = `shopper.${RUN}@leak.example`;
    const registered = await ok("POST", "/auth/customer/emailpass/register", {
      body: { email: b2cEmail, password: PASSWORD },
    });
    await ok("POST", "/store/customers", {
      key: keys.consumer,
      token: registered.token,
      body: { email: b2cEmail, first_name: "Sam", last_name: "Shopper" },
    });
    const b2cToken = (await ok("POST", "/auth/customer/emailpass", { body: { email: b2cEmail, password: PASSWORD } }))
      .token;
    const b2cId = (await ok("GET", "/store/customers/me", { key: keys.consumer, token: b2cToken })).customer.id;

    actors.guest = { name: "guest", groups: new Set() };
    actors.b2c = { name: "b2c", token: b2cToken, customerId: b2cId, groups: await groupsOf(b2cId) };
    actors.buyerA = { name: "buyerA", token: a.token, customerId: a.customerId, groups: await groupsOf(a.customerId) };
    actors.buyerB = { name: "buyerB", token: b.token, customerId: b.customerId, groups: await groupsOf(b.customerId) };

    // Expected prices from the admin's view of the lists, now that A's and B's exist.
    lists = await loadPriceLists();
    expect(lists.map((l) => l.id)).toEqual(expect.arrayContaining([companyLists.A, companyLists.B]));
    const listA = lists.find((l) => l.id === companyLists.A)!;
    const listB = lists.find((l) => l.id === companyLists.B)!;
    // The documented shape of a company list, and each buyer in exactly their own company's group.
    for (const [list, own, other] of [
      [listA, actors.buyerA, actors.buyerB],
      [listB, actors.buyerB, actors.buyerA],
    ] as const) {
      expect(list.type).toBe("sale");
      expect(Object.keys(list.rules)).toEqual(["customer.groups.id"]);
      expect(listApplies(list, own, new Date())).toBe(true);
      expect(listApplies(list, other, new Date())).toBe(false);
    }
    expect(listA.prices.length).toBe(pricesA.length);
    expect(listB.prices.length).toBe(pricesB.length);
    const now = new Date();
    for (const actor of Object.values(actors)) {
      const map = new Map<string, Expectation>();
      for (const variant of variants.values())
        map.set(variant.id, expectationFor(variant, actor, lists, regionId, now));
      expected[actor.name] = map;
    }
    for (let offset = 0; ; offset += 100) {
      const { quantity_rules, count } = await ok(
        "GET",
        `/admin/trade-pricing/quantity-rules?limit=100&offset=${offset}`,
        { token: adminToken },
      );
      for (const rule of quantity_rules) if (rule.min_quantity > 1) minimums.set(rule.variant_id, rule.min_quantity);
      if (offset + 100 >= count) break;
    }
    for (const name of ["buyerA", "buyerB"] as const) {
      const map = new Map<string, Expectation>();
      for (const variant of variants.values())
        map.set(variant.id, expectationFor(variant, actors[name], lists, regionId, now, minimums.get(variant.id) ?? 1));
      expectedAtMinimum[name] = map;
    }
    // The seed sells some variants from a minimum at a lower price than at 1 (CHEMEX-FILTERS: from 12).
    expect(
      [...minimums.keys()].filter((id) => expectedAtMinimum.buyerA.get(id)!.net !== expected.buyerA.get(id)!.net)
        .length,
    ).toBeGreaterThan(0);
    // The fixture has teeth: A's and B's prices really differ on overlapping variants.
    const overlapping = priced.filter((v, i) => i % 6 === 0 || i % 6 === 1);
    expect(
      overlapping.filter((v) => expected.buyerA.get(v.id)!.net !== expected.buyerB.get(v.id)!.net).length,
    ).toBeGreaterThan(2);
    // ...and the detector would see a leak: B's contract amount is foreign to A where A's page shows
    // that variant, A's to B, any Trade amount to the guest; and it reads them in the sites' format.
    const first = priced[0]!.id;
    const amountOf = (list: PriceList, min: number | null) =>
      list.prices.find((p) => p.variantId === first && (p.minQuantity ?? 1) === (min ?? 1))!.amount;
    expect(expected.buyerA.get(first)!.foreign).toContain(cents(amountOf(listB, null)));
    expect(expected.buyerA.get(first)!.foreign).toContain(cents(amountOf(listB, 5)));
    expect(expected.buyerB.get(first)!.foreign).toContain(cents(amountOf(listA, null)));
    expect(expected.buyerB.get(first)!.foreign).toContain(cents(amountOf(listA, 10)));
    expect(expected.guest.get(first)!.foreign).toContain(expected.buyerA.get(first)!.net);
    expect(amountsIn(`<td><span class="net" data-net-amount="7.5">€1,007.53</span> <span>€7.50</span></td>`)).toEqual([
      7.5, 1007.53, 7.5,
    ]);

    // Trade site sessions for both buyers.
    for (const [name, email] of [
      ["buyerA", a.email],
      ["buyerB", b.email],
    ] as const) {
      const session = new Browserless(tradeUrl, { hc_trade_region: REGION_COUNTRY });
      const signIn = await session.postForm("/sign-in", { email, password: PASSWORD, next: "/" });
      expect(signIn.status, `sign-in of ${name}: ${signIn.html.slice(0, 200)}`).toBe(303);
      expect(session.has("hc_trade_session")).toBe(true);
      signedIn[name] = session;
    }
    console.log(
      `[price-leaks] setup in ${Math.round((Date.now() - started) / 1000)} s: ${products.size} products, ${variants.size} variants, ${lists.length} price lists`,
    );
  });

  /** What an actor may see through a key: customer-group prices count only with the trade key. */
  const expectedVia = (actor: Actor, channel: "consumer" | "trade") =>
    expected[channel === "consumer" ? "guest" : actor.name];

  it("API: every actor gets exactly the expected price for every variant, with either publishable key", async () => {
    const leaks: string[] = [];
    let checked = 0;
    for (const actor of Object.values(actors)) {
      for (const channel of ["consumer", "trade"] as const) {
        const seen = new Set<string>();
        for (let offset = 0; ; offset += 50) {
          const query = new URLSearchParams({
            limit: "50",
            offset: String(offset),
            region_id: regionId,
            country_code: REGION_COUNTRY,
            fields: "id,handle,*variants.calculated_price,+variants.sku",
          });
          const { products: page, count } = await ok("GET", `/store/products?${query}`, {
            key: keys[channel],
            token: actor.token,
          });
          for (const product of page) {
            for (const variant of product.variants ?? []) {
              seen.add(variant.id);
              const want = expectedVia(actor, channel).get(variant.id);
              const got = variant.calculated_price;
              const where = `${actor.name} via ${channel} key, ${variant.sku}`;
              checked++;
              if (!want) {
                leaks.push(`${where}: variant unknown to the admin API`);
                continue;
              }
              if (want.net === null) {
                if (got?.calculated_amount != null)
                  leaks.push(`${where}: priced ${got.calculated_amount}, expected no price`);
                continue;
              }
              if (got?.currency_code !== "eur" || cents(got.calculated_amount) !== want.net) {
                leaks.push(`${where}: calculated_amount ${got?.calculated_amount}, expected ${want.net}`);
              }
              if (got?.calculated_amount_with_tax != null && cents(got.calculated_amount_with_tax) !== want.gross) {
                leaks.push(
                  `${where}: calculated_amount_with_tax ${got.calculated_amount_with_tax}, expected ${want.gross}`,
                );
              }
              const fromList = got?.calculated_price?.price_list_id ?? null;
              if (want.priceListId && fromList !== want.priceListId) {
                leaks.push(`${where}: price from list ${fromList}, expected ${want.priceListId}`);
              }
              if (fromList) {
                const list = lists.find((l) => l.id === fromList);
                if (!list || !listApplies(list, actor, new Date()))
                  leaks.push(`${where}: price attributed to foreign list ${fromList}`);
              }
            }
          }
          if (offset + 50 >= count) break;
        }
        // Both channels together cover every published variant.
        const inChannel = [...products.values()]
          .filter((p) => p.channels.has(channel))
          .flatMap((p) => p.variants.map((v) => v.id));
        expect(
          inChannel.filter((id) => !seen.has(id)),
          `${actor.name} via ${channel}: variants missing from /store/products`,
        ).toEqual([]);
      }
    }
    report("API calculated prices", leaks, checked);
    expect(leaks).toEqual([]);
  });

  it("API: no foreign list's amount or id anywhere in a variant's JSON", async () => {
    const leaks: string[] = [];
    let checked = 0;
    for (const actor of Object.values(actors)) {
      const query = new URLSearchParams({
        limit: "100",
        region_id: regionId,
        country_code: REGION_COUNTRY,
        fields: "*variants.calculated_price,+variants.sku,*variants.prices",
      });
      for (const channel of ["consumer", "trade"] as const) {
        const { data, text } = await api("GET", `/store/products?${query}`, { key: keys[channel], token: actor.token });
        const foreignIds = new Set([...expectedVia(actor, channel).values()].flatMap((e) => [...e.foreignListIds]));
        for (const id of foreignIds) {
          checked++;
          if (text.includes(id))
            leaks.push(`${actor.name} via ${channel} key: foreign price list ${id} in the response`);
        }
        for (const product of data.products ?? []) {
          for (const variant of product.variants ?? []) {
            const want = expectedVia(actor, channel).get(variant.id);
            if (!want) continue;
            for (const amount of numbersIn(variant)) {
              checked++;
              if (want.foreign.has(amount))
                leaks.push(`${actor.name} via ${channel} key, ${variant.sku}: foreign amount ${amount}`);
            }
          }
        }
      }
    }
    report("API JSON", leaks, checked);
    expect(leaks).toEqual([]);
  });

  it("consumer HTML: every variant's page shows the guest's gross price and no trade or contract price", {
    timeout: PAGE_SCAN_TIMEOUT,
  }, async () => {
    const guest = new Browserless(consumerUrl, { hc_consumer_region: REGION_COUNTRY });
    const leaks: string[] = [];
    let checked = 0;
    const consumerProducts = [...products.values()].filter((p) => p.channels.has("consumer"));
    const legitAnywhere = new Set([...expected.guest.values()].flatMap((e) => [...e.legit]));
    const pages = consumerProducts.flatMap((product) => product.variants.map((variant) => ({ product, variant })));
    await eachLimited(pages, PAGE_CONCURRENCY, async ({ product, variant }) => {
      const want = expected.guest.get(variant.id)!;
      const page = await guest.get(`/products/${product.handle}?variant=${encodeURIComponent(variant.id)}`);
      expect(page.status, `consumer /products/${product.handle}`).toBe(200);
      const where = `consumer /products/${product.handle} (${variant.sku})`;
      // The price tag of the chosen variant, and the variant's entry in the size picker.
      const tags = elementsWith(page.html, "data-currency");
      const tag = tags.find((t) => /price--large/.test(t.html.slice(0, 300))) ?? tags[0];
      const tagAmount = tag ? attr(tag.html, ["data-amount"]) : null;
      checked++;
      if (want.gross !== null && tagAmount !== want.gross)
        leaks.push(`${where}: price tag ${tagAmount}, expected ${money(want.gross)}`);
      const pickerEntry = elementsWith(page.html, "href").find(
        (e) =>
          e.value.includes(`variant=${encodeURIComponent(variant.id)}`) || e.value.includes(`variant=${variant.id}`),
      );
      for (const fragment of [tag?.html ?? "", pickerEntry?.html ?? ""]) {
        for (const amount of amountsIn(fragment)) {
          checked++;
          if (want.foreign.has(amount)) leaks.push(`${where}: foreign amount ${money(amount)} next to the variant`);
        }
      }
      for (const marker of [companyLists.A, companyLists.B, contractTitle("A"), contractTitle("B")]) {
        checked++;
        if (page.html.includes(marker)) leaks.push(`${where}: contract list ${marker} named on the page`);
      }
      // Anywhere on the page: an amount only a trade or contract list has, for any variant.
      const foreignOnPage = new Set(
        product.variants
          .flatMap((v) => [...expected.guest.get(v.id)!.foreign])
          .filter((amount) => !legitAnywhere.has(amount)),
      );
      for (const amount of amountsIn(page.html)) {
        checked++;
        if (foreignOnPage.has(amount)) leaks.push(`${where}: foreign amount ${money(amount)} on the page`);
      }
    });
    report("consumer product pages", leaks, checked);
    expect(leaks).toEqual([]);
  });

  it("trade HTML: each buyer's product pages show their own net price per variant row, at the least quantity they can order, and none of the other company's", {
    timeout: PAGE_SCAN_TIMEOUT,
  }, async () => {
    const leaks: string[] = [];
    let checked = 0;
    const tradeProducts = [...products.values()].filter((p) => p.channels.has("trade"));
    for (const name of ["buyerA", "buyerB"] as const) {
      const session = signedIn[name];
      const mine = expectedAtMinimum[name];
      const legitAnywhere = new Set([...mine.values()].flatMap((e) => [...e.legit]));
      await eachLimited(tradeProducts, PAGE_CONCURRENCY, async (product) => {
        const page = await session.get(`/products/${product.handle}`);
        const where = `${name} trade /products/${product.handle}`;
        expect(page.status, where).toBe(200);
        expect(page.headers.get("cache-control"), where).toBe("private, no-store");
        const rows = elementsWith(page.html, "data-variant-id");
        for (const variant of product.variants) {
          const want = mine.get(variant.id)!;
          const variantRows = rows.filter((r) => r.value === variant.id);
          checked++;
          if (want.net !== null && variantRows.length === 0) {
            leaks.push(`${where}: no row for ${variant.sku}`);
            continue;
          }
          const priceRows = variantRows.filter((row) => attr(row.html, NET_ATTRIBUTES) !== null);
          if (want.net !== null && priceRows.length === 0)
            leaks.push(`${where}: no net price shown for ${variant.sku}`);
          for (const row of priceRows) {
            const net = attr(row.html, NET_ATTRIBUTES);
            checked++;
            if (net !== want.net) leaks.push(`${where} ${variant.sku}: net ${net}, expected ${want.net}`);
          }
          for (const row of variantRows) {
            const rrp = attr(row.html, ["data-rrp-amount"]);
            if (rrp !== null && variant.base !== null) {
              checked++;
              if (rrp !== gross(variant.base))
                leaks.push(`${where} ${variant.sku}: RRP ${rrp}, expected ${gross(variant.base)}`);
            }
            for (const amount of amountsIn(row.html)) {
              checked++;
              if (want.foreign.has(amount))
                leaks.push(`${where} ${variant.sku}: foreign amount ${money(amount)} in its row`);
            }
          }
        }
        // The other company's list, by id or title ("why this price" names the list that priced it).
        const other = name === "buyerA" ? "B" : "A";
        for (const marker of [companyLists[other], contractTitle(other)]) {
          checked++;
          if (page.html.includes(marker))
            leaks.push(`${where}: the other company's list (${marker}) is named on the page`);
        }
        // Tier tables and anything else on the page: no amount that only a foreign list has.
        const foreignOnPage = new Set(
          product.variants.flatMap((v) => [...mine.get(v.id)!.foreign]).filter((amount) => !legitAnywhere.has(amount)),
        );
        for (const amount of amountsIn(page.html)) {
          checked++;
          if (foreignOnPage.has(amount)) leaks.push(`${where}: foreign amount ${money(amount)} on the page`);
        }
      });
    }
    report("trade product pages", leaks, checked);
    expect(leaks).toEqual([]);
  });

  it("trade HTML: each buyer's catalog pages show their own lowest net price per product and none of the other company's", async () => {
    const leaks: string[] = [];
    let checked = 0;
    const tradeHandles = new Set([...products.values()].filter((p) => p.channels.has("trade")).map((p) => p.handle));
    for (const name of ["buyerA", "buyerB"] as const) {
      const session = signedIn[name];
      const mine = expected[name];
      const seen = new Set<string>();
      for (let pageNumber = 1; pageNumber < 50; pageNumber++) {
        const page = await session.get(`/?page=${pageNumber}`);
        if (page.status === 404) break;
        expect(page.status).toBe(200);
        expect(page.headers.get("cache-control")).toBe("private, no-store");
        const rows = elementsWith(page.html, "data-product-handle");
        if (rows.length === 0 || rows.every((r) => seen.has(r.value))) break;
        for (const row of rows) {
          seen.add(row.value);
          const product = [...products.values()].find((p) => p.handle === row.value)!;
          const nets = product.variants.map((v) => mine.get(v.id)!.net).filter((n): n is number => n !== null);
          const lowest = nets.length ? Math.min(...nets) : null;
          const shown =
            attr(row.html, NET_ATTRIBUTES) ??
            amountsIn(elementsWith(row.html, "class", "net")[0]?.html ?? "")[0] ??
            null;
          const where = `${name} trade catalog page ${pageNumber}, ${row.value}`;
          checked++;
          if (lowest !== null && shown !== lowest)
            leaks.push(`${where}: shows ${shown}, expected the lowest net ${lowest}`);
          const foreign = new Set(product.variants.flatMap((v) => [...mine.get(v.id)!.foreign]));
          const legit = new Set(product.variants.flatMap((v) => [...mine.get(v.id)!.legit]));
          for (const amount of amountsIn(row.html)) {
            checked++;
            if (foreign.has(amount) && !legit.has(amount)) leaks.push(`${where}: foreign amount ${money(amount)}`);
          }
        }
      }
      expect(
        [...tradeHandles].filter((h) => !seen.has(h)),
        `${name}: products missing from the catalog pages`,
      ).toEqual([]);
    }
    report("trade catalog pages", leaks, checked);
    expect(leaks).toEqual([]);
  });

  it("trade pages without a session answer 303 to sign-in with no price, also right after sign-out", async () => {
    const PRICE = /[€$£]\s?\d|\d[.,]\d{2}\s?[€$£]|data-(?:net|rrp)-amount|data-unit-price/;
    const anonymous = new Browserless(tradeUrl, { hc_trade_region: REGION_COUNTRY });
    const handle = [...products.values()].find((p) => p.channels.has("trade"))!.handle;
    for (const path of ["/", `/products/${handle}`, "/categories/coffee-beans", "/cart"]) {
      const page = await anonymous.get(path);
      expect(page.status, path).toBe(303);
      expect(page.headers.get("location"), path).toMatch(/^\/sign-in/);
      expect(page.headers.get("cache-control"), path).toBe("private, no-store");
      expect(page.html, path).not.toMatch(PRICE);
    }
    // Sign-out (buyer B, the last use of that session) leaves the same cookie jar without prices.
    const session = signedIn.buyerB;
    expect((await session.get(`/products/${handle}`)).status).toBe(200);
    const out = await session.postForm("/sign-out", {});
    expect(out.status).toBe(303);
    expect(session.has("hc_trade_session")).toBe(false);
    const after = await session.get(`/products/${handle}`);
    expect(after.status).toBe(303);
    expect(after.html).not.toMatch(PRICE);
  });
});
