export * from "./checkout-rules"
export * from "./workflows/record-company-order"
export * from "./workflows/reorder-into-cart"
export * from "./workflows/settle-commitment"
