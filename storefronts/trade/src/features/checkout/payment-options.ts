/**
 * How a company can pay at checkout. "On account" (the plugin's provider) is offered, and chosen
 * by default, when the company has net terms and the region enables the provider; paying now
 * (the system provider) stays available as the alternative, e.g. when the credit is used up.
 * The backend checks the same rules when the order is placed.
 */
import { allowsOnAccount, termsLabel } from "../company/terms";
import { ON_ACCOUNT_PROVIDER } from "../company/types";

export interface PaymentOption {
  providerId: string;
  label: string;
  description: string;
  onAccount: boolean;
}

/** A short, stable name for the provider in URLs (`?payment=on-account`). */
export function paymentKey(providerId: string): string {
  if (providerId === ON_ACCOUNT_PROVIDER) return "on-account";
  return providerId.replace(/^pp_/, "").replace(/[^a-z0-9_-]/gi, "-");
}

function describe(providerId: string): Omit<PaymentOption, "providerId" | "onAccount"> {
  if (providerId === "pp_system_default") return { label: "Pay now", description: "Paid when you place the order." };
  const name = providerId.replace(/^pp_/, "").replace(/_/g, " ");
  return { label: `Pay now (${name})`, description: "Paid when you place the order." };
}

export function paymentOptions(terms: string | null | undefined, providerIds: readonly string[]): PaymentOption[] {
  const options: PaymentOption[] = [];
  if (allowsOnAccount(terms) && providerIds.includes(ON_ACCOUNT_PROVIDER)) {
    options.push({
      providerId: ON_ACCOUNT_PROVIDER,
      label: `On account (${termsLabel(terms)})`,
      description: "We invoice your company; payment is due by the due date.",
      onAccount: true,
    });
  }
  for (const id of providerIds) {
    if (id === ON_ACCOUNT_PROVIDER) continue;
    options.push({ providerId: id, onAccount: false, ...describe(id) });
  }
  return options;
}

/** The option for `?payment=<key>`, else the first (default) one. */
export function chosenPayment(
  options: readonly PaymentOption[],
  key: string | null | undefined,
): PaymentOption | undefined {
  return options.find((o) => paymentKey(o.providerId) === key) ?? options[0];
}
