/**
 * A variant's `calculated_price` as the store API answers a trade buyer in Europe (EUR, 20 % VAT):
 * the buyer's net price and the consumer price (RRP) net, each with its gross beside it.
 */
export const calculatedPrice = (net: number, rrpNet: number) => ({
  calculated_amount: net,
  calculated_amount_without_tax: net,
  calculated_amount_with_tax: net * 1.2,
  original_amount_without_tax: rrpNet,
  original_amount_with_tax: rrpNet * 1.2,
  currency_code: "eur",
});
