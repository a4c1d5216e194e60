/**
 * Fakes for the trade page modules' unit tests: the kit's shared fakes (forms, cookies, clients
 * typed like the real one) plus what only trade tests need.
 */
import type { fakeRequestClient } from "@hybrid/storefront-kit/testing.ts";

export {
  fakeCartClient,
  fakeCheckoutClient,
  fakeCookies,
  fakeRequestClient,
  formData,
} from "@hybrid/storefront-kit/testing.ts";

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
