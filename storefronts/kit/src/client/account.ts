/**
 * A customer's own account (consumer site): sign-up, profile, address book, order history, email
 * verification, deletion and the cart that follows the person. Every call takes the customer's
 * JWT; the backend scopes each one to that customer (another customer's id answers 404).
 */
import type { HttpTypes } from "@medusajs/types";
import { BackendRequestError } from "../errors";
import { requestHeaders, type Transport } from "./transport";

export type AccountProfile = Pick<
  HttpTypes.StoreCustomer,
  | "id"
  | "email"
  | "first_name"
  | "last_name"
  | "phone"
  | "metadata"
  | "default_billing_address_id"
  | "default_shipping_address_id"
> & { addresses?: HttpTypes.StoreCustomerAddress[] };

export interface AccountStatus {
  id: string;
  email: string;
  email_verified_at: string | null;
  verification_expires_at: string | null;
}

/** Address fields as the store API takes them. */
export interface AddressInput {
  first_name: string;
  last_name: string;
  address_1: string;
  address_2?: string | null;
  city: string;
  postal_code: string;
  province?: string | null;
  country_code: string;
  phone?: string | null;
  company?: string | null;
  is_default_shipping?: boolean;
  is_default_billing?: boolean;
}

export interface ProfileInput {
  first_name?: string | null;
  last_name?: string | null;
  phone?: string | null;
  /** Marketing consent, kept in the customer's metadata. */
  marketing_consent?: boolean;
}

export const ORDER_HISTORY_FIELDS =
  "id,display_id,status,created_at,currency_code,total,subtotal,item_total,tax_total,shipping_total,discount_total,fulfillment_status,payment_status,email,*items,*shipping_address,*billing_address,*shipping_methods,*fulfillments,*fulfillments.labels";

export function accountApi({ call }: Transport) {
  const fetch = <T>(
    path: string,
    init: { method?: "GET" | "POST" | "DELETE"; body?: unknown; query?: Record<string, unknown> },
    token: string,
  ) => call((s) => s.client.fetch<T>(path, { ...init, headers: requestHeaders({ token }) } as never));
  return {
    /**
     * Create an account: the email + password login, then the customer. Returns the JWT of the
     * new account (signed in). An email that already has an account → BackendRequestError.
     */
    async signUp(
      input: { email: string; password: string; first_name: string; last_name: string },
      options: { forwardedFor?: string } = {},
    ): Promise<string> {
      const registered = await call((s) =>
        s.client.fetch<{ token?: unknown }>("/auth/customer/emailpass/register", {
          method: "POST",
          body: { email: input.email, password: input.password },
          headers: requestHeaders(options),
        }),
      );
      if (typeof registered.token !== "string") throw new BackendRequestError("Registration failed", 400);
      await call((s) =>
        s.client.fetch("/store/customers", {
          method: "POST",
          body: { email: input.email, first_name: input.first_name, last_name: input.last_name },
          headers: requestHeaders({ token: registered.token as string }),
        }),
      );
      const signedIn = await call((s) =>
        s.client.fetch<{ token?: unknown }>("/auth/customer/emailpass", {
          method: "POST",
          body: { email: input.email, password: input.password },
          headers: requestHeaders(options),
        }),
      );
      if (typeof signedIn.token !== "string") throw new BackendRequestError("Sign-in failed", 401);
      return signedIn.token;
    },
    /** The signed-in customer with their addresses; a rejected token → BackendRequestError 401. */
    async me(token: string): Promise<AccountProfile> {
      const r = await fetch<{ customer: AccountProfile }>(
        "/store/customers/me",
        {
          query: {
            fields:
              "id,email,first_name,last_name,phone,metadata,default_billing_address_id,default_shipping_address_id,*addresses",
          },
        },
        token,
      );
      return r.customer;
    },
    async status(token: string): Promise<AccountStatus> {
      return (await fetch<{ account: AccountStatus }>("/store/account", {}, token)).account;
    },
    async updateProfile(token: string, input: ProfileInput): Promise<AccountProfile> {
      const { marketing_consent, ...fields } = input;
      const body = marketing_consent === undefined ? fields : { ...fields, metadata: { marketing_consent } };
      return (await fetch<{ customer: AccountProfile }>("/store/customers/me", { method: "POST", body }, token))
        .customer;
    },
    async addAddress(token: string, address: AddressInput): Promise<void> {
      await fetch("/store/customers/me/addresses", { method: "POST", body: address }, token);
    },
    async updateAddress(token: string, addressId: string, address: Partial<AddressInput>): Promise<void> {
      await fetch(
        `/store/customers/me/addresses/${encodeURIComponent(addressId)}`,
        { method: "POST", body: address },
        token,
      );
    },
    async deleteAddress(token: string, addressId: string): Promise<void> {
      await fetch(`/store/customers/me/addresses/${encodeURIComponent(addressId)}`, { method: "DELETE" }, token);
    },
    /** The customer's orders, newest first. */
    async orders(
      token: string,
      page: { limit?: number; offset?: number } = {},
    ): Promise<{ orders: HttpTypes.StoreOrder[]; count: number }> {
      return fetch<{ orders: HttpTypes.StoreOrder[]; count: number }>(
        "/store/orders",
        {
          query: {
            fields: "id,display_id,status,created_at,currency_code,total,fulfillment_status,payment_status",
            order: "-created_at",
            limit: page.limit ?? 20,
            offset: page.offset ?? 0,
          },
        },
        token,
      );
    },
    /** One of the customer's orders with lines, totals, addresses, shipments and tracking; another's → NotFoundError. */
    async order(token: string, orderId: string): Promise<HttpTypes.StoreOrder> {
      const r = await fetch<{ order: HttpTypes.StoreOrder }>(
        `/store/orders/${encodeURIComponent(orderId)}`,
        { query: { fields: ORDER_HISTORY_FIELDS } },
        token,
      );
      return r.order;
    },
    /** Email the verification link (202), or nothing when already verified. */
    async requestVerification(token: string): Promise<AccountStatus> {
      return (
        await fetch<{ account: AccountStatus }>("/store/account/verification", { method: "POST", body: {} }, token)
      ).account;
    },
    /** Use the emailed token: the email is verified and guest orders with it join the account. */
    async confirmVerification(
      token: string,
      verificationToken: string,
    ): Promise<{ verified: true; claimed_orders: number }> {
      return fetch(
        "/store/account/verification/confirm",
        { method: "POST", body: { token: verificationToken } },
        token,
      );
    },
    /** Erase the account (the password confirms it); the token stops working. Wrong password → BackendRequestError 400. */
    async deleteAccount(token: string, password: string): Promise<void> {
      await fetch("/store/account/delete", { method: "POST", body: { password } }, token);
    },
    /** The customer's current cart in this site's channel (any browser), or null. */
    async currentCart(token: string): Promise<string | null> {
      return (await fetch<{ cart_id: string | null }>("/store/account/cart", {}, token)).cart_id;
    },
    /** Merge this browser's guest cart into the customer's cart; returns the cart to keep. */
    async mergeCart(token: string, guestCartId: string): Promise<string> {
      return (
        await fetch<{ cart_id: string }>(
          "/store/account/cart/merge",
          { method: "POST", body: { cart_id: guestCartId } },
          token,
        )
      ).cart_id;
    },
  };
}
