import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { BackendRequestError, BackendUnavailableError, NotFoundError } from "../errors";
import { createStorefrontClient, resetErrorField } from "./index";

type Call = { url: URL; method: string; headers: Headers; body?: unknown };
type Route = (call: Call) => Response | Promise<Response>;

let calls: Call[];
let routes: Route;
let testNo = 0;
let baseUrl: string;

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

beforeEach(() => {
  calls = [];
  // A fresh origin per test: the publishable key cache is module scope by design.
  baseUrl = `http://backend-${++testNo}.test`;
  vi.stubGlobal("fetch", async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const call = { url, method: init?.method ?? "GET", headers: new Headers(init?.headers), body: init?.body };
    calls.push(call);
    return routes(call);
  });
});

afterEach(() => vi.unstubAllGlobals());

const bootstrap =
  (key = "pk_consumer") =>
  (call: Call) =>
    call.url.pathname === "/storefront-bootstrap/consumer"
      ? json(200, { publishable_key: key, sales_channel_id: "sc_1" })
      : null;

describe("publishable key", () => {
  it("is fetched lazily once and sent on every store request", async () => {
    routes = (call) => bootstrap()(call) ?? json(200, { regions: [{ id: "reg_eu" }], count: 1 });
    const client = createStorefrontClient({ baseUrl, channel: "consumer" });
    expect(calls).toHaveLength(0);
    await client.request("/store/regions");
    await client.request("/store/regions");
    const bootstraps = calls.filter((c) => c.url.pathname.startsWith("/storefront-bootstrap"));
    expect(bootstraps).toHaveLength(1);
    const storeCalls = calls.filter((c) => c.url.pathname === "/store/regions");
    expect(storeCalls.map((c) => c.headers.get("x-publishable-api-key"))).toEqual(["pk_consumer", "pk_consumer"]);
  });

  it("is looked up again after a failed lookup", async () => {
    let up = false;
    routes = (call) => {
      if (!up) return Promise.reject(new TypeError("fetch failed"));
      return bootstrap()(call) ?? json(200, { regions: [], count: 0 });
    };
    const client = createStorefrontClient({ baseUrl, channel: "consumer" });
    await expect(client.request("/store/regions")).rejects.toBeInstanceOf(BackendUnavailableError);
    up = true;
    await expect(client.request("/store/regions")).resolves.toEqual({ regions: [], count: 0 });
  });

  it("is not looked up when given", async () => {
    routes = () => json(200, { regions: [], count: 0 });
    const client = createStorefrontClient({ baseUrl, channel: "consumer", publishableKey: "pk_fixed" });
    await client.request("/store/regions");
    expect(calls.map((c) => c.url.pathname)).toEqual(["/store/regions"]);
    expect(calls[0]!.headers.get("x-publishable-api-key")).toBe("pk_fixed");
  });

  it("is dropped and fetched again once when the backend rejects it", async () => {
    let key = "pk_old";
    routes = (call) => {
      const boot = bootstrap(key)(call);
      if (boot) return boot;
      return call.headers.get("x-publishable-api-key") === "pk_new"
        ? json(200, { ok: true })
        : json(400, {
            type: "not_allowed",
            message: "A valid publishable key is required to proceed with the request",
          });
    };
    const client = createStorefrontClient({ baseUrl, channel: "consumer" });
    await client.request("/store/regions").catch(() => undefined);
    key = "pk_new";
    await expect(client.request("/store/regions")).resolves.toEqual({ ok: true });
  });
});

describe("error translation", () => {
  it("turns an unreachable backend into BackendUnavailableError", async () => {
    routes = () => Promise.reject(new TypeError("fetch failed"));
    const client = createStorefrontClient({ baseUrl, channel: "consumer", publishableKey: "pk" });
    await expect(client.regions.list()).rejects.toBeInstanceOf(BackendUnavailableError);
  });

  it("turns 503 into BackendUnavailableError", async () => {
    routes = () => json(503, { message: "starting" });
    const client = createStorefrontClient({ baseUrl, channel: "consumer", publishableKey: "pk" });
    await expect(client.categories.list()).rejects.toBeInstanceOf(BackendUnavailableError);
  });

  it("turns 404 and unknown handles into NotFoundError", async () => {
    routes = (call) =>
      call.url.pathname.startsWith("/store/carts/")
        ? json(404, { message: "Cart not found" })
        : json(200, { products: [], count: 0 });
    const client = createStorefrontClient({ baseUrl, channel: "consumer", publishableKey: "pk" });
    await expect(client.carts.get("cart_missing")).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      client.products.byHandle("no-such-coffee", { regionId: "reg", countryCode: "de" }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it("keeps the backend's message for other 4xx so the page can show it", async () => {
    routes = () => json(400, { type: "invalid_data", message: "Invalid email" });
    const client = createStorefrontClient({ baseUrl, channel: "consumer", publishableKey: "pk" });
    const error = await client.carts.update("cart_1", { email: "x" }).catch((e) => e);
    expect(error).toBeInstanceOf(BackendRequestError);
    expect(error).toMatchObject({ status: 400, message: "Invalid email" });
  });
});

describe("per-request auth", () => {
  it("sends the bearer token only on the request it was given to", async () => {
    routes = () => json(200, { products: [], count: 0 });
    const client = createStorefrontClient({ baseUrl, channel: "consumer", publishableKey: "pk" });
    await client.products.list({ regionId: "reg", countryCode: "de", token: "jwt-a" });
    await client.products.list({ regionId: "reg", countryCode: "de" });
    expect(calls[0]!.headers.get("authorization")).toBe("Bearer jwt-a");
    expect(calls[1]!.headers.get("authorization")).toBeNull();
  });

  it("asks for calculated prices, stock and the pricing context", async () => {
    routes = () => json(200, { products: [], count: 0 });
    const client = createStorefrontClient({ baseUrl, channel: "consumer", publishableKey: "pk" });
    await client.products.list({
      regionId: "reg_eu",
      countryCode: "de",
      categoryId: "pcat_1",
      limit: 12,
      offset: 24,
      order: "title",
    });
    const query = calls[0]!.url.searchParams;
    expect(query.get("region_id")).toBe("reg_eu");
    expect(query.get("country_code")).toBe("de");
    expect(query.get("fields")).toContain("*variants.calculated_price");
    expect(query.get("fields")).toContain("+variants.inventory_quantity");
    expect(query.get("offset")).toBe("24");
    expect(query.get("order")).toBe("title");
    expect([...query.keys()].some((k) => k.startsWith("category_id"))).toBe(true);
  });
});

describe("requestWithErrorBody", () => {
  const lineErrors = {
    type: "invalid_data",
    message: "items: 1 of 2 lines have errors",
    errors: [{ line: 2, sku: "NOPE", field: "sku", message: "Unknown SKU NOPE" }],
  };

  it("sends the key, the token, a JSON body and repeated array parameters", async () => {
    routes = (call) => bootstrap()(call) ?? json(200, { ok: true });
    const client = createStorefrontClient({ baseUrl, channel: "consumer" });
    const result = await client.requestWithErrorBody("/store/carts/cart_1/line-items/bulk", {
      method: "POST",
      query: { variant_id: ["v1", "v2"], quantity: 3, skip: undefined },
      body: { items: [{ sku: "A", quantity: 2 }] },
      token: "jwt-a",
    });
    expect(result).toEqual({ ok: true });
    const call = calls.find((c) => c.url.pathname === "/store/carts/cart_1/line-items/bulk")!;
    expect(call.method).toBe("POST");
    expect(call.headers.get("x-publishable-api-key")).toBe("pk_consumer");
    expect(call.headers.get("authorization")).toBe("Bearer jwt-a");
    expect(call.headers.get("content-type")).toBe("application/json");
    expect(JSON.parse(String(call.body))).toEqual({ items: [{ sku: "A", quantity: 2 }] });
    expect(call.url.searchParams.getAll("variant_id")).toEqual(["v1", "v2"]);
    expect(call.url.searchParams.get("quantity")).toBe("3");
    expect(call.url.searchParams.has("skip")).toBe(false);
  });

  it("keeps the backend's whole error body on a refused request", async () => {
    routes = () => json(400, lineErrors);
    const client = createStorefrontClient({ baseUrl, channel: "consumer", publishableKey: "pk" });
    const error = await client.requestWithErrorBody("/store/x", { method: "POST", body: {} }).catch((e) => e);
    expect(error).toBeInstanceOf(BackendRequestError);
    expect(error).toMatchObject({ status: 400, message: "items: 1 of 2 lines have errors", body: lineErrors });
  });

  it("translates 404, 503 and an unreachable backend like every other call", async () => {
    const client = createStorefrontClient({ baseUrl, channel: "consumer", publishableKey: "pk" });
    routes = () => json(404, { message: "Cart not found" });
    await expect(client.requestWithErrorBody("/store/x")).rejects.toBeInstanceOf(NotFoundError);
    routes = () => json(503, {});
    await expect(client.requestWithErrorBody("/store/x")).rejects.toBeInstanceOf(BackendUnavailableError);
    routes = () => Promise.reject(new TypeError("fetch failed"));
    await expect(client.requestWithErrorBody("/store/x")).rejects.toBeInstanceOf(BackendUnavailableError);
  });

  it("fetches a new key once when the backend rejects the cached one", async () => {
    let key = "pk_old";
    routes = (call) =>
      bootstrap(key)(call) ??
      (call.headers.get("x-publishable-api-key") === "pk_new"
        ? json(200, { ok: true })
        : json(400, {
            type: "not_allowed",
            message: "A valid publishable key is required to proceed with the request",
          }));
    const client = createStorefrontClient({ baseUrl, channel: "consumer" });
    await client.requestWithErrorBody("/store/x").catch(() => undefined);
    key = "pk_new";
    await expect(client.requestWithErrorBody("/store/x")).resolves.toEqual({ ok: true });
  });
});

describe("password reset", () => {
  it("asks for the reset email with the site's key and the visitor's address, and returns the new session", async () => {
    routes = (call) => {
      if (bootstrap()(call)) return bootstrap()(call)!;
      if (call.url.pathname === "/store/password-reset") return json(202, { status: "requested" });
      return json(200, { token: "jwt-fresh" });
    };
    const client = createStorefrontClient({ baseUrl, channel: "consumer" });
    await client.auth.requestPasswordReset("a@example.com", { forwardedFor: "203.0.113.9" });
    const request = calls.find((c) => c.url.pathname === "/store/password-reset")!;
    expect(request.method).toBe("POST");
    expect(request.headers.get("x-publishable-api-key")).toBe("pk_consumer");
    expect(request.headers.get("x-forwarded-for")).toBe("203.0.113.9");
    expect(JSON.parse(String(request.body))).toEqual({ email: "a@example.com" });
    await expect(client.auth.resetPassword("reset-jwt", "new-password")).resolves.toBe("jwt-fresh");
    const confirm = calls.find((c) => c.url.pathname === "/store/password-reset/confirm")!;
    expect(JSON.parse(String(confirm.body))).toEqual({ token: "reset-jwt", password: "new-password" });
  });

  it("names the field a refusal is about", async () => {
    routes = (call) =>
      bootstrap()(call) ??
      (JSON.parse(String(call.body)).password === "short"
        ? json(400, { type: "invalid_data", message: "password: at least 8 characters" })
        : json(401, { type: "unauthorized", message: "token: this reset link is invalid, already used or expired." }));
    const client = createStorefrontClient({ baseUrl, channel: "consumer" });
    const short = await client.auth.resetPassword("t", "short").catch((error: unknown) => error);
    expect(resetErrorField(short)).toBe("password");
    const used = await client.auth.resetPassword("t", "long-enough").catch((error: unknown) => error);
    expect(used).toBeInstanceOf(BackendRequestError);
    expect(resetErrorField(used)).toBe("token");
    expect(resetErrorField(new BackendRequestError("Too many attempts", 429))).toBeUndefined();
  });
});

describe("backend answer compression", () => {
  it("asks a backend on this machine for uncompressed answers, and lets a remote one compress", async () => {
    routes = () => json(200, { regions: [], count: 0 });
    const remote = createStorefrontClient({ baseUrl, channel: "consumer", publishableKey: "pk" });
    await remote.regions.list();
    await remote.request("/store/x");
    await remote.requestWithErrorBody("/store/y");
    expect(calls.map((c) => c.headers.get("x-no-compression"))).toEqual([null, null, null]);

    calls.length = 0;
    for (const local of ["http://localhost:9000", "http://127.0.0.1:9000", "http://[::1]:9000"]) {
      const client = createStorefrontClient({ baseUrl: local, channel: "consumer", publishableKey: "pk" });
      await client.request("/store/x");
      await client.requestWithErrorBody("/store/y");
    }
    expect(calls.map((c) => c.headers.get("x-no-compression"))).toEqual(["1", "1", "1", "1", "1", "1"]);

    calls.length = 0;
    const forced = createStorefrontClient({
      baseUrl: "http://localhost:9000",
      channel: "consumer",
      publishableKey: "pk",
      compressedAnswers: true,
    });
    await forced.request("/store/x");
    expect(calls[0]!.headers.get("x-no-compression")).toBeNull();
  });
});

describe("cart mutations", () => {
  it("answer with the cart after the change (removing a line too), with the fields asked for", async () => {
    const cart = { id: "cart_1", items: [] };
    routes = (call) =>
      call.method === "DELETE"
        ? json(200, { id: "cali_1", object: "line-item", deleted: true, parent: cart })
        : json(200, { cart });
    const client = createStorefrontClient({ baseUrl, channel: "consumer", publishableKey: "pk" });
    expect(await client.carts.removeItem("cart_1", "cali_1")).toEqual(cart);
    expect(calls[0]!.url.searchParams.get("fields")).toContain("*items");
    expect(await client.carts.updateItem("cart_1", "cali_2", 3, { fields: "id" })).toEqual(cart);
    expect(calls[1]!.url.searchParams.get("fields")).toBe("id");
    await client.carts.addItem("cart_1", { variantId: "v", quantity: 1 }, { fields: "id" });
    expect(calls[2]!.url.searchParams.get("fields")).toBe("id");
    expect(calls).toHaveLength(3);
  });
});

describe("categories with products", () => {
  it("asks once per category for one product id, no prices, and keeps those with a product", async () => {
    routes = (call) =>
      json(200, { products: [], count: call.url.searchParams.get("category_id[0]") === "pcat_wholesale" ? 0 : 4 });
    const client = createStorefrontClient({ baseUrl, channel: "consumer", publishableKey: "pk" });
    expect(await client.categories.withProducts(["pcat_beans", "pcat_wholesale"])).toEqual(new Set(["pcat_beans"]));
    expect(calls).toHaveLength(2);
    for (const call of calls) {
      expect(call.url.searchParams.get("limit")).toBe("1");
      expect(call.url.searchParams.get("fields")).toBe("id");
      expect(call.url.searchParams.has("region_id")).toBe(false);
    }
  });
});

describe("checkout.complete", () => {
  const tryAgain = { type: "conflict", code: "try_again", message: "Another request was changing the same thing" };
  const soldOut = {
    type: "conflict",
    code: "insufficient_inventory",
    message: "Sold out: Mug (MUG): 1 wanted, none left.",
  };
  const completions = () => calls.filter((c) => c.url.pathname === "/store/carts/cart_1/complete").length;

  it("sends the completion again while the backend answers 409 try_again, and returns the order", async () => {
    let answers = 0;
    routes = () => (++answers < 3 ? json(409, tryAgain) : json(200, { type: "order", order: { id: "order_1" } }));
    const client = createStorefrontClient({ baseUrl, channel: "consumer", publishableKey: "pk", retryDelayMs: 1 });
    const result = await client.checkout.complete("cart_1");
    expect(result).toEqual({ type: "order", order: { id: "order_1" } });
    expect(completions()).toBe(3);
  });

  it("gives up after three attempts with the backend's try_again error", async () => {
    routes = () => json(409, tryAgain);
    const client = createStorefrontClient({ baseUrl, channel: "consumer", publishableKey: "pk", retryDelayMs: 1 });
    const error = await client.checkout.complete("cart_1").catch((e) => e);
    expect(error).toMatchObject({ status: 409, body: tryAgain });
    expect(completions()).toBe(3);
  });

  it("never repeats any other refusal (sold out, prices changed)", async () => {
    routes = () => json(409, soldOut);
    const client = createStorefrontClient({ baseUrl, channel: "consumer", publishableKey: "pk", retryDelayMs: 1 });
    const error = await client.checkout.complete("cart_1").catch((e) => e);
    expect(error).toMatchObject({ status: 409, message: soldOut.message, body: soldOut });
    expect(completions()).toBe(1);
  });
});
