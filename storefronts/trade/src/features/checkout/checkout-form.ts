/**
 * The trade checkout's details step: delivery address (from the company address book), PO number
 * (required when the company says so) and how to pay. Validated against what was offered, so a
 * forged id is refused with the same message as a missing one.
 */
import { textField, type FieldErrors } from "../company/forms";
import { paymentKey, type PaymentOption } from "./payment-options";

export const PO_MAX = 64;
/** Printable characters only: a PO number ends up on invoices and in e-mails. */
const PO_PATTERN = /^[\p{L}\p{N} ./#_\-:()]+$/u;

export type CheckoutDetailsField = "company_address_id" | "po_number" | "payment";

export interface CheckoutDetails {
  addressId: string;
  poNumber: string | null;
  payment: PaymentOption;
}

export interface CheckoutOffer {
  addressIds: readonly string[];
  poRequired: boolean;
  payments: readonly PaymentOption[];
}

export function parsePoNumber(
  raw: string | undefined,
  required: boolean,
): { ok: true; value: string | null } | { ok: false; message: string } {
  const value = (raw ?? "").trim().replace(/\s+/g, " ");
  if (!value)
    return required
      ? { ok: false, message: "Enter your purchase order (PO) number: your company requires one on every order." }
      : { ok: true, value: null };
  if (value.length > PO_MAX) return { ok: false, message: `The PO number is too long (at most ${PO_MAX} characters).` };
  if (!PO_PATTERN.test(value))
    return { ok: false, message: "Use letters, digits, spaces and . / # - _ : ( ) in the PO number." };
  return { ok: true, value };
}

export function parseCheckoutDetails(
  form: FormData,
  offer: CheckoutOffer,
):
  | { ok: true; data: CheckoutDetails }
  | { ok: false; errors: FieldErrors<CheckoutDetailsField>; values: Record<string, string> } {
  const errors: FieldErrors<CheckoutDetailsField> = {};
  const addressId = textField(form, "company_address_id") ?? "";
  if (!offer.addressIds.includes(addressId)) errors.company_address_id = "Choose the delivery address.";
  const po = parsePoNumber(textField(form, "po_number"), offer.poRequired);
  if (!po.ok) errors.po_number = po.message;
  const key = textField(form, "payment") ?? "";
  const payment = offer.payments.find((p) => paymentKey(p.providerId) === key);
  if (!payment) errors.payment = "Choose how to pay.";
  if (Object.keys(errors).length > 0 || !payment || !po.ok) {
    return {
      ok: false,
      errors,
      values: {
        company_address_id: addressId,
        po_number: (textField(form, "po_number") ?? "").trim().slice(0, PO_MAX * 2),
        payment: key,
      },
    };
  }
  return { ok: true, data: { addressId, poNumber: po.value, payment } };
}

export interface AddressLike {
  first_name?: string | null;
  last_name?: string | null;
  address_1?: string | null;
  address_2?: string | null;
  city?: string | null;
  postal_code?: string | null;
  country_code?: string | null;
}

const norm = (v: string | null | undefined) => (v ?? "").trim().toLowerCase();

/**
 * The company address the cart's delivery address was copied from (trade-details records its id
 * in the address's metadata; else the fields are compared), to pre-select it when the buyer
 * comes back to the details step.
 */
export function matchCompanyAddress<T extends AddressLike & { id: string }>(
  cartAddress: (AddressLike & { metadata?: Record<string, unknown> | null }) | null | undefined,
  addresses: readonly T[],
): T | undefined {
  if (!cartAddress?.address_1) return undefined;
  // trade-details records which address book entry it copied.
  const recorded = cartAddress.metadata?.company_address_id;
  const byId = addresses.find((a) => a.id === recorded);
  if (byId) return byId;
  const keys: Array<keyof AddressLike> = [
    "first_name",
    "last_name",
    "address_1",
    "address_2",
    "city",
    "postal_code",
    "country_code",
  ];
  return addresses.find((a) => keys.every((k) => norm(a[k]) === norm(cartAddress[k])));
}
