/** Stock state of a variant as shown to shoppers. */

export type StockState = "in_stock" | "low_stock" | "out_of_stock";

export interface StockLike {
  manage_inventory?: boolean | null;
  allow_backorder?: boolean | null;
  /** Only present when the product was read with `+variants.inventory_quantity`. */
  inventory_quantity?: number | null;
}

/** At or below this many units a variant counts as "low stock". */
export const LOW_STOCK_THRESHOLD = 5;

/**
 * In stock when inventory is not managed, backorders are allowed, or the quantity was not read
 * (the backend still checks stock when the item is added); otherwise by quantity.
 */
export function stockState(variant: StockLike, lowThreshold = LOW_STOCK_THRESHOLD): StockState {
  if (variant.manage_inventory === false || variant.allow_backorder) return "in_stock";
  const quantity = variant.inventory_quantity;
  if (typeof quantity !== "number") return "in_stock";
  if (quantity <= 0) return "out_of_stock";
  if (quantity <= lowThreshold) return "low_stock";
  return "in_stock";
}

/** The most units one order line may ask for (null = no limit known). */
export function purchasableQuantity(variant: StockLike): number | null {
  if (variant.manage_inventory === false || variant.allow_backorder) return null;
  const quantity = variant.inventory_quantity;
  return typeof quantity === "number" ? Math.max(0, quantity) : null;
}

/** A short human label, e.g. "In stock", "Only 3 left", "Out of stock". */
export function stockLabel(variant: StockLike, lowThreshold = LOW_STOCK_THRESHOLD): string {
  const state = stockState(variant, lowThreshold);
  if (state === "out_of_stock") return "Out of stock";
  if (state === "low_stock") return `Only ${variant.inventory_quantity} left`;
  return "In stock";
}
