/** Step 2: delivery options, shown tax-inclusive like every consumer price. */
import { roundMoney } from "@hybrid/storefront-kit";

export interface ShippingOptionLike {
  id: string;
  name: string;
  amount?: number | null;
  calculated_price?: { calculated_amount?: number | null; is_calculated_price_tax_inclusive?: boolean | null } | null;
  type?: { label?: string | null; description?: string | null } | null;
}

export interface ShippingCartLike {
  items?: ReadonlyArray<{ tax_lines?: ReadonlyArray<{ rate?: number | null }> | null }> | null;
  shipping_methods?: ReadonlyArray<{ shipping_option_id?: string | null; total?: number | null }> | null;
}

/**
 * The option's price including tax. The options route returns net amounts, so this applies the
 * tax rate the backend put on the cart's items (the region's rate); once the option is chosen,
 * the cart's own shipping total (exact) is used.
 */
export function shippingOptionGross(option: ShippingOptionLike, cart: ShippingCartLike): number | null {
  const chosen = cart.shipping_methods?.find((m) => m.shipping_option_id === option.id);
  if (typeof chosen?.total === "number") return roundMoney(chosen.total);
  const net = option.calculated_price?.calculated_amount ?? option.amount;
  if (typeof net !== "number") return null;
  if (option.calculated_price?.is_calculated_price_tax_inclusive) return roundMoney(net);
  const rate = (cart.items?.[0]?.tax_lines ?? []).reduce((sum, line) => sum + (line.rate ?? 0), 0);
  return roundMoney(net * (1 + rate / 100));
}

/** The option id from the form, if it is one of the options offered for this cart. */
export function parseShippingChoice(
  form: FormData,
  options: readonly ShippingOptionLike[],
): { ok: true; optionId: string } | { ok: false; message: string } {
  const raw = form.get("option_id");
  if (typeof raw !== "string" || raw === "") return { ok: false, message: "Choose a delivery option" };
  if (!options.some((o) => o.id === raw))
    return { ok: false, message: "That delivery option is not available for your address; choose another" };
  return { ok: true, optionId: raw };
}
