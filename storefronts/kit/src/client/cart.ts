/** The cart: create, read, update, and its line items. */
import type { HttpTypes } from "@medusajs/types";
import { bearer, type RequestOptions, type Transport } from "./transport";

/**
 * Cart fields on top of Medusa's defaults (which include all totals): line items with their tax
 * lines, addresses, shipping methods and payment sessions (what checkout steps check).
 */
export const CART_FIELDS =
  "*items,*items.tax_lines,*shipping_address,*billing_address,*shipping_methods,*payment_collection,*payment_collection.payment_sessions";

/**
 * Options of the cart mutations. Every mutation answers with the cart as it is after the change
 * (Medusa re-reads it once, in the same request), with `fields` (default CART_FIELDS): use that
 * cart rather than reading it again. A caller that only redirects afterwards (the page it goes to
 * reads the cart anyway) passes `fields: "id"`, so the backend does not assemble a cart nobody reads.
 */
export interface CartMutationOptions extends RequestOptions {
  fields?: string;
}

export function cartsApi({ call }: Transport) {
  return {
    /**
     * A new cart in the region. Pass `countryCode` so the backend can compute taxes (and so
     * tax-inclusive totals) before the shopper enters an address.
     */
    async create(regionId: string, opts: RequestOptions & { countryCode?: string } = {}): Promise<HttpTypes.StoreCart> {
      const body: HttpTypes.StoreCreateCart = {
        region_id: regionId,
        ...(opts.countryCode ? { shipping_address: { country_code: opts.countryCode } } : {}),
      };
      const r = await call((s) => s.store.cart.create(body, { fields: CART_FIELDS }, bearer(opts.token)));
      return r.cart;
    },
    /** The cart, or NotFoundError when it no longer exists. `fields` replaces CART_FIELDS (e.g. a cheap item count). */
    async get(cartId: string, opts: RequestOptions & { fields?: string } = {}): Promise<HttpTypes.StoreCart> {
      const r = await call((s) =>
        s.store.cart.retrieve(cartId, { fields: opts.fields ?? CART_FIELDS }, bearer(opts.token)),
      );
      return r.cart;
    },
    async update(
      cartId: string,
      body: HttpTypes.StoreUpdateCart,
      opts: CartMutationOptions = {},
    ): Promise<HttpTypes.StoreCart> {
      const r = await call((s) =>
        s.store.cart.update(cartId, body, { fields: opts.fields ?? CART_FIELDS }, bearer(opts.token)),
      );
      return r.cart;
    },
    async addItem(
      cartId: string,
      item: { variantId: string; quantity: number },
      opts: CartMutationOptions = {},
    ): Promise<HttpTypes.StoreCart> {
      const r = await call((s) =>
        s.store.cart.createLineItem(
          cartId,
          { variant_id: item.variantId, quantity: item.quantity },
          { fields: opts.fields ?? CART_FIELDS },
          bearer(opts.token),
        ),
      );
      return r.cart;
    },
    async updateItem(
      cartId: string,
      lineItemId: string,
      quantity: number,
      opts: CartMutationOptions = {},
    ): Promise<HttpTypes.StoreCart> {
      const r = await call((s) =>
        s.store.cart.updateLineItem(
          cartId,
          lineItemId,
          { quantity },
          { fields: opts.fields ?? CART_FIELDS },
          bearer(opts.token),
        ),
      );
      return r.cart;
    },
    /** Removes a line; answers with the cart without it (Medusa's `parent`). */
    async removeItem(cartId: string, lineItemId: string, opts: CartMutationOptions = {}): Promise<HttpTypes.StoreCart> {
      const r = await call((s) =>
        s.store.cart.deleteLineItem(cartId, lineItemId, { fields: opts.fields ?? CART_FIELDS }, bearer(opts.token)),
      );
      return r.parent as HttpTypes.StoreCart;
    },
  };
}
