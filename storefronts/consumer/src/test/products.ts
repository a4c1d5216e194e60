/**
 * Product variants as the store API answers them (gross calculated prices in EUR), for the product
 * page's unit tests: a 1 kg bag out of stock and a 250 g bag with 3 in stock.
 */

export const grossPrice = (gross: number) => ({ calculated_amount_with_tax: gross, currency_code: "eur" });

export const kilo = {
  id: "variant_1kg",
  title: "1 kg",
  manage_inventory: true,
  inventory_quantity: 0,
  calculated_price: grossPrice(44.88),
};

export const small = {
  id: "variant_250",
  title: "250 g",
  manage_inventory: true,
  inventory_quantity: 3,
  calculated_price: grossPrice(13.2),
};
