/**
 * What the cart shows, tax-inclusive. Medusa stores prices net, so `unit_price` is net; the
 * backend's line and cart totals include tax once the cart has a country (we set it when the
 * cart is created), so the display reads those totals.
 */
import { roundMoney } from "@hybrid/storefront-kit";

export interface LineItemLike {
  id: string;
  title?: string | null;
  product_title?: string | null;
  variant_title?: string | null;
  product_handle?: string | null;
  variant_id?: string | null;
  thumbnail?: string | null;
  quantity: number;
  unit_price: number;
  is_tax_inclusive?: boolean | null;
  total?: number | null;
  original_total?: number | null;
  tax_lines?: ReadonlyArray<{ rate?: number | null }> | null;
}

export interface CartLineView {
  id: string;
  title: string;
  variantTitle: string | null;
  href: string | null;
  thumbnail: string | null;
  quantity: number;
  /** Price of one unit including tax, before discounts. */
  unitPrice: number;
  /** What the line costs including tax, after discounts. */
  lineTotal: number;
}

/** The tax-inclusive unit price of a line. */
export function grossUnitPrice(item: LineItemLike): number {
  if (item.is_tax_inclusive) return roundMoney(item.unit_price);
  if (typeof item.original_total === "number" && item.quantity > 0)
    return roundMoney(item.original_total / item.quantity);
  const rate = (item.tax_lines ?? []).reduce((sum, line) => sum + (line.rate ?? 0), 0);
  return roundMoney(item.unit_price * (1 + rate / 100));
}

export function cartLineView(item: LineItemLike): CartLineView {
  const unitPrice = grossUnitPrice(item);
  return {
    id: item.id,
    title: item.product_title ?? item.title ?? "Item",
    variantTitle: item.variant_title && item.variant_title !== "Standard" ? item.variant_title : null,
    href: item.product_handle
      ? `/products/${encodeURIComponent(item.product_handle)}${item.variant_id ? `?variant=${encodeURIComponent(item.variant_id)}` : ""}`
      : null,
    thumbnail: item.thumbnail ?? null,
    quantity: item.quantity,
    unitPrice,
    lineTotal: typeof item.total === "number" ? roundMoney(item.total) : roundMoney(unitPrice * item.quantity),
  };
}

export interface CartTotalsLike {
  item_total?: number | null;
  shipping_total?: number | null;
  tax_total?: number | null;
  discount_total?: number | null;
  total?: number | null;
  shipping_methods?: ReadonlyArray<unknown> | null;
}

export interface CartTotalsView {
  /** Items including tax. */
  items: number;
  /** Shipping including tax, or null before a shipping method is chosen. */
  shipping: number | null;
  discount: number;
  /** The tax contained in `total`. */
  tax: number;
  total: number;
}

export function cartTotalsView(cart: CartTotalsLike): CartTotalsView {
  return {
    items: roundMoney(cart.item_total ?? 0),
    shipping: cart.shipping_methods?.length ? roundMoney(cart.shipping_total ?? 0) : null,
    discount: roundMoney(cart.discount_total ?? 0),
    tax: roundMoney(cart.tax_total ?? 0),
    total: roundMoney(cart.total ?? 0),
  };
}

/** Units in the cart (what the header badge shows). */
export function itemCount(items: ReadonlyArray<{ quantity: number }> | null | undefined): number {
  return (items ?? []).reduce((sum, item) => sum + item.quantity, 0);
}
