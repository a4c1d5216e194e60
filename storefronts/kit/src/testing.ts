/**
 * Fakes for the storefronts' unit tests of page logic (`features/<feature>/<name>-page.test.ts`):
 * a form as a browser posts it, a cookie jar like Astro's, and backend clients typed like the real
 * `StorefrontClient` whose calls each test scripts. Test-only: import it by path,
 * `@hybrid/storefront-kit/testing.ts`, never from site code.
 */
import type { AstroCookies } from "astro";
import { vi } from "vitest";
import type { StorefrontClient } from "./client";
import type { CookieJar } from "./cookies";

/** A posted form; pairs allow repeated names (checkbox groups, matrix rows). */
export function formData(fields: Record<string, string> | Array<[string, string]>): FormData {
  const data = new FormData();
  for (const [name, value] of Array.isArray(fields) ? fields : Object.entries(fields)) data.append(name, value);
  return data;
}

/** A cookie jar like Astro's (what `siteCookies` reads and writes); `values` shows what was set. */
export function fakeCookies(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  const jar: CookieJar = {
    get: (name) => (values.has(name) ? { value: values.get(name)! } : undefined),
    set: (name, value) => void values.set(name, value),
    delete: (name) => void values.delete(name),
  };
  return { cookies: jar as AstroCookies, values };
}

type Request = StorefrontClient["request"];
type RequestWithErrorBody = StorefrontClient["requestWithErrorBody"];

/**
 * A client with the raw store calls, `request` and `requestWithErrorBody`; script them per test.
 * The mocks answer `unknown` (a generic function cannot be mocked generically) and are typed as
 * the real calls for the code under test.
 */
export function fakeRequestClient() {
  const request = vi.fn<(...args: Parameters<Request>) => Promise<unknown>>();
  const requestWithErrorBody = vi.fn<(...args: Parameters<RequestWithErrorBody>) => Promise<unknown>>();
  return {
    request: request as typeof request & Request,
    requestWithErrorBody: requestWithErrorBody as typeof requestWithErrorBody & RequestWithErrorBody,
  } satisfies Pick<StorefrontClient, "request" | "requestWithErrorBody">;
}

type Carts = StorefrontClient["carts"];

/** A client with the raw store calls and the cart calls. */
export function fakeCartClient() {
  return {
    ...fakeRequestClient(),
    carts: {
      create: vi.fn<Carts["create"]>(),
      get: vi.fn<Carts["get"]>(),
      update: vi.fn<Carts["update"]>(),
      addItem: vi.fn<Carts["addItem"]>(),
      updateItem: vi.fn<Carts["updateItem"]>(),
      removeItem: vi.fn<Carts["removeItem"]>(),
    },
  } satisfies Pick<StorefrontClient, "request" | "requestWithErrorBody" | "carts">;
}

type Checkout = StorefrontClient["checkout"];

/** A client with the raw store calls, the cart and the checkout calls. */
export function fakeCheckoutClient() {
  return {
    ...fakeCartClient(),
    checkout: {
      paymentProviders: vi.fn<Checkout["paymentProviders"]>(),
      shippingOptions: vi.fn<Checkout["shippingOptions"]>(),
      setShippingMethod: vi.fn<Checkout["setShippingMethod"]>(),
      initiatePayment: vi.fn<Checkout["initiatePayment"]>(),
      complete: vi.fn<Checkout["complete"]>(),
      refreshPrices: vi.fn<Checkout["refreshPrices"]>(),
      terms: vi.fn<Checkout["terms"]>(),
      acceptTerms: vi.fn<Checkout["acceptTerms"]>(),
    },
  } satisfies Pick<StorefrontClient, "request" | "requestWithErrorBody" | "carts" | "checkout">;
}
