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
