/**
 * Fakes for the page modules' unit tests (`features/<feature>/<name>-page.test.ts`): a form as a
 * browser posts it, and a backend client typed like the real one whose `request` each test scripts.
 */
import type { StorefrontClient } from "@hybrid/storefront-kit";
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
