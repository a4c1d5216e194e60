/** Step 3: the payment provider choice. */

/** The provider id from the form, if the region offers it. */
export function parsePaymentChoice(
  form: FormData,
  providerIds: readonly string[],
): { ok: true; providerId: string } | { ok: false; message: string } {
  const raw = form.get("provider_id");
  if (typeof raw !== "string" || raw === "") return { ok: false, message: "Choose a payment method" };
  if (!providerIds.includes(raw)) return { ok: false, message: "That payment method is not available; choose another" };
  return { ok: true, providerId: raw };
}

/**
 * Providers this shop never offers shoppers, whatever the backend lists: pay on account is for
 * trade companies only (the backend lists it only to their employees and refuses it to anyone
 * else at completion; the consumer site does not show it even then).
 */
export const NOT_FOR_CONSUMERS: readonly string[] = ["pp_on-account_on-account"];

/** The providers the consumer checkout offers, in the backend's order. */
export function consumerProviders<P extends { id: string }>(providers: readonly P[]): P[] {
  return providers.filter((p) => !NOT_FOR_CONSUMERS.includes(p.id));
}
