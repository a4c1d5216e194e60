/** Checkout (payment providers, delivery, payment session, completion) and reading the order. */
import type { HttpTypes } from "@medusajs/types";
import { isBackendRequestError } from "../errors";
import { CART_FIELDS } from "./cart";
import { bearer, type RequestOptions, type Transport } from "./transport";

export type CompleteCartResult =
  | { type: "order"; order: HttpTypes.StoreOrder }
  | { type: "cart"; cart: HttpTypes.StoreCart; error: { message: string; name?: string; type?: string } };

/** Terms a site asks its shoppers to accept (the backend's GET /store/terms). */
export interface SiteTerms {
  slug: string;
  title: string;
  /** The version accepted: the date the terms page shows, e.g. 2026-12-01. */
  version: string;
  url: string;
}

/** How often "Place order" is sent when the backend answers 409 `try_again` (see `isTryAgain`). */
export const COMPLETE_ATTEMPTS = 3;

/**
 * The backend's 409 `try_again`: the request lost a race for a lock and changed nothing, so it
 * may be sent again as it is (after `Retry-After`, 1 s).
 */
export function isTryAgain(error: unknown): boolean {
  return (
    isBackendRequestError(error) &&
    error.status === 409 &&
    (error.body as { code?: unknown } | undefined)?.code === "try_again"
  );
}

export function checkoutApi({ call, requestWithErrorBody }: Transport, retryDelayMs = 1000) {
  return {
    /** Payment providers enabled in the region (e.g. `pp_system_default`). */
    async paymentProviders(regionId: string, opts: RequestOptions = {}): Promise<HttpTypes.StorePaymentProvider[]> {
      const r = await call((s) => s.store.payment.listPaymentProviders({ region_id: regionId }, bearer(opts.token)));
      return r.payment_providers;
    },
    /** Shipping options that apply to the cart (its region and address). */
    async shippingOptions(cartId: string, opts: RequestOptions = {}): Promise<HttpTypes.StoreCartShippingOption[]> {
      const r = await call((s) => s.store.fulfillment.listCartOptions({ cart_id: cartId }, bearer(opts.token)));
      return r.shipping_options;
    },
    async setShippingMethod(cartId: string, optionId: string, opts: RequestOptions = {}): Promise<HttpTypes.StoreCart> {
      const r = await call((s) =>
        s.store.cart.addShippingMethod(cartId, { option_id: optionId }, { fields: CART_FIELDS }, bearer(opts.token)),
      );
      return r.cart;
    },
    /** Create the payment collection if needed and start a session with the provider. */
    async initiatePayment(
      cart: HttpTypes.StoreCart,
      providerId = "pp_system_default",
      opts: RequestOptions = {},
    ): Promise<HttpTypes.StorePaymentCollection> {
      const r = await call((s) =>
        s.store.payment.initiatePaymentSession(cart, { provider_id: providerId }, undefined, bearer(opts.token)),
      );
      return r.payment_collection;
    },
    /**
     * The terms this site's shoppers accept to place an order (`GET /store/terms`): slug, title,
     * version and URL, or null when the site asks for none.
     */
    async terms(opts: RequestOptions = {}): Promise<SiteTerms | null> {
      const r = await requestWithErrorBody<{ terms: SiteTerms | null }>("/store/terms", {
        method: "GET",
        token: opts.token,
      });
      return r.terms;
    },
    /**
     * The shopper accepts the terms of this version on the cart (`POST /store/carts/:id/terms`);
     * the backend refuses the order without the version in force when it is placed, and keeps the
     * version on the order. A 400 naming `version` when another version is in force.
     */
    async acceptTerms(cartId: string, version: string, opts: RequestOptions = {}): Promise<void> {
      await requestWithErrorBody(`/store/carts/${encodeURIComponent(cartId)}/terms`, {
        method: "POST",
        body: { version },
        token: opts.token,
      });
    },
    /**
     * Place the order. `{ type: "cart", error }` when the backend refuses (e.g. payment not
     * authorized). A refusal keeps the backend's whole error body on the BackendRequestError, so a
     * 409 "prices changed" brings its changed lines (see `priceChangesOf`).
     */
    async complete(cartId: string, opts: RequestOptions = {}): Promise<CompleteCartResult> {
      // A completion that only met another request's lock changed nothing (409 `try_again`): it is
      // sent again after the backend's Retry-After, a few times, before the shopper sees anything.
      for (let attempt = 1; ; attempt++) {
        try {
          return await requestWithErrorBody<CompleteCartResult>(`/store/carts/${encodeURIComponent(cartId)}/complete`, {
            method: "POST",
            token: opts.token,
          });
        } catch (error) {
          if (attempt >= COMPLETE_ATTEMPTS || !isTryAgain(error)) throw error;
          await new Promise((resolve) => setTimeout(resolve, retryDelayMs));
        }
      }
    },
    /**
     * "Update prices": re-prices the cart's lines to what the caller gets now
     * (`POST /store/carts/:id/refresh-prices`); 409 while an approval is pending. Start the payment
     * session again afterwards: the cart's total changed.
     */
    async refreshPrices(cartId: string, opts: RequestOptions = {}): Promise<HttpTypes.StoreCart> {
      const r = await requestWithErrorBody<{ cart: HttpTypes.StoreCart }>(
        `/store/carts/${encodeURIComponent(cartId)}/refresh-prices`,
        { method: "POST", token: opts.token, body: {} },
      );
      return r.cart;
    },
  };
}

export function ordersApi({ call }: Transport) {
  return {
    /** An order by id (guest orders are readable by id, which is unguessable). */
    async get(orderId: string, opts: RequestOptions = {}): Promise<HttpTypes.StoreOrder> {
      const r = await call((s) =>
        s.store.order.retrieve(orderId, { fields: "*items,*shipping_address,*shipping_methods" }, bearer(opts.token)),
      );
      return r.order as HttpTypes.StoreOrder;
    },
  };
}
