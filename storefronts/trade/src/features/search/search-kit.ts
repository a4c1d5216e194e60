/** The kit's shared search state and money formatting, in one import for this feature. */
import { formatMoney } from "@hybrid/storefront-kit";

export * from "@hybrid/storefront-kit/search.ts";

export function formatMoneyRange(from: number | null, to: number | null, currencyCode: string, locale: string): string {
  const money = (amount: number) => formatMoney(amount, currencyCode, locale).replace(/[.,]00(?=\D*$)/, "");
  if (from === null) return `Under ${money(to ?? 0)}`;
  if (to === null) return `${money(from)} and more`;
  return `${money(from)}–${money(to)}`;
}
