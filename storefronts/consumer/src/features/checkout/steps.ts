/**
 * Checkout steps and their order. Progress is read from the cart itself (email and address,
 * shipping method, payment session), so a step can only be opened once the ones before it are
 * done, and reloading or going back never loses anything.
 */

export const STEPS = [
  { id: "details", label: "Details", path: "/checkout" },
  { id: "shipping", label: "Delivery", path: "/checkout/shipping" },
  { id: "payment", label: "Payment", path: "/checkout/payment" },
  { id: "review", label: "Review", path: "/checkout/review" },
] as const;

export type StepId = (typeof STEPS)[number]["id"];

export interface CheckoutCartLike {
  email?: string | null;
  items?: ReadonlyArray<unknown> | null;
  shipping_address?: {
    first_name?: string | null;
    last_name?: string | null;
    address_1?: string | null;
    city?: string | null;
    postal_code?: string | null;
    country_code?: string | null;
  } | null;
  shipping_methods?: ReadonlyArray<unknown> | null;
  payment_collection?: {
    payment_sessions?: ReadonlyArray<{ status?: string | null; provider_id?: string | null }> | null;
  } | null;
}

export function hasDetails(cart: CheckoutCartLike): boolean {
  const a = cart.shipping_address;
  return Boolean(
    cart.email && a?.first_name && a.last_name && a.address_1 && a.city && a.postal_code && a.country_code,
  );
}

export function hasShipping(cart: CheckoutCartLike): boolean {
  return Boolean(cart.shipping_methods?.length);
}

export function hasPayment(cart: CheckoutCartLike): boolean {
  return Boolean(
    cart.payment_collection?.payment_sessions?.some((s) => s.status === "pending" || s.status === "authorized"),
  );
}

/** The steps whose data is in the cart. */
export function completedSteps(cart: CheckoutCartLike): Set<StepId> {
  const done = new Set<StepId>();
  if (!hasDetails(cart)) return done;
  done.add("details");
  if (!hasShipping(cart)) return done;
  done.add("shipping");
  if (!hasPayment(cart)) return done;
  done.add("payment");
  return done;
}

export type StepGuard =
  | { allowed: true }
  | { allowed: false; reason: "empty-cart" }
  | { allowed: false; reason: "step-incomplete"; redirectTo: string };

/**
 * May the shopper open `step` with this cart? An empty (or missing) cart may open no step; a
 * step whose earlier steps are not done sends the shopper to the first unfinished one.
 */
export function guardStep(cart: CheckoutCartLike | null, step: StepId): StepGuard {
  if (!cart?.items?.length) return { allowed: false, reason: "empty-cart" };
  const done = completedSteps(cart);
  for (const s of STEPS) {
    if (s.id === step) return { allowed: true };
    if (!done.has(s.id)) return { allowed: false, reason: "step-incomplete", redirectTo: s.path };
  }
  return { allowed: true };
}

export function stepPath(step: StepId): string {
  return STEPS.find((s) => s.id === step)!.path;
}
