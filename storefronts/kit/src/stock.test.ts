import { describe, expect, it } from "vitest";
import { purchasableQuantity, stockLabel, stockState } from "./stock";

describe("stockState", () => {
  it("derives the state from inventory_quantity", () => {
    expect(stockState({ manage_inventory: true, inventory_quantity: 40 })).toBe("in_stock");
    expect(stockState({ manage_inventory: true, inventory_quantity: 5 })).toBe("low_stock");
    expect(stockState({ manage_inventory: true, inventory_quantity: 1 })).toBe("low_stock");
    expect(stockState({ manage_inventory: true, inventory_quantity: 0 })).toBe("out_of_stock");
    expect(stockState({ manage_inventory: true, inventory_quantity: -2 })).toBe("out_of_stock");
  });

  it("treats unmanaged inventory and backorders as in stock", () => {
    expect(stockState({ manage_inventory: false, inventory_quantity: 0 })).toBe("in_stock");
    expect(stockState({ manage_inventory: true, allow_backorder: true, inventory_quantity: 0 })).toBe("in_stock");
  });

  it("honours a custom low-stock threshold", () => {
    expect(stockState({ manage_inventory: true, inventory_quantity: 8 }, 10)).toBe("low_stock");
  });
});

describe("stockLabel / purchasableQuantity", () => {
  it("labels low stock with the count", () => {
    expect(stockLabel({ manage_inventory: true, inventory_quantity: 3 })).toBe("Only 3 left");
    expect(stockLabel({ manage_inventory: true, inventory_quantity: 0 })).toBe("Out of stock");
  });

  it("limits quantities only for managed inventory", () => {
    expect(purchasableQuantity({ manage_inventory: true, inventory_quantity: 7 })).toBe(7);
    expect(purchasableQuantity({ manage_inventory: false, inventory_quantity: 7 })).toBeNull();
  });
});
