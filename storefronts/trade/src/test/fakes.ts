/**
 * Fakes for the page modules' unit tests (`features/<feature>/<name>-page.test.ts`): a form as a
 * browser posts it, and a backend client typed like the real one whose `request` each test scripts.
 */
import type { CookieJar, StorefrontClient } from "@hybrid/storefront-kit";
import type { AstroCookies } from "astro";
import { vi } from "vitest";

/** A posted form; pairs allow repeated names (checkbox groups). */
export function formData(fields: Record<string, string> | Array<[string, string]>): FormData {
  const data = new FormData();
  for (const [name, value] of Array.isArray(fields) ? fields : Object.entries(fields)) data.append(name, value);
  return data;
}

/** A client with only `request`, the one call the trade features make; script it per test. */
export function fakeRequestClient() {
  return { request: vi.fn<StorefrontClient["request"]>() } satisfies Pick<StorefrontClient, "request">;
}

/** The (method, path) of each backend call, in order: what the handler asked the backend to do. */
export function requestsMade(client: ReturnType<typeof fakeRequestClient>): Array<[string, string]> {
  return client.request.mock.calls.map(([path, init]) => [init?.method ?? "GET", path]);
}

/** A valid company address form (the address book and checkout's "add address"). */
export const ADDRESS_FORM = {
  label: "Main café",
  first_name: "Jane",
  last_name: "Doe",
  address_1: "Torstraße 1",
  postal_code: "10119",
  city: "Berlin",
  country_code: "de",
  is_shipping: "on",
} as const;

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

type Carts = StorefrontClient["carts"];

/** A client with `request` and the cart calls (what cart, checkout and reorder handlers use). */
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
  } satisfies Pick<StorefrontClient, "request" | "carts">;
}

type Checkout = StorefrontClient["checkout"];

/** A client with `request`, the cart and the checkout calls (what the checkout steps use). */
export function fakeCheckoutClient() {
  return {
    ...fakeCartClient(),
    checkout: {
      paymentProviders: vi.fn<Checkout["paymentProviders"]>(),
      shippingOptions: vi.fn<Checkout["shippingOptions"]>(),
      setShippingMethod: vi.fn<Checkout["setShippingMethod"]>(),
      initiatePayment: vi.fn<Checkout["initiatePayment"]>(),
      complete: vi.fn<Checkout["complete"]>(),
    },
  } satisfies Pick<StorefrontClient, "request" | "carts" | "checkout">;
}
