export * from "./quantity-rules/workflows/upsert-quantity-rule"
export * from "./quantity-rules/workflows/delete-quantity-rule"
export * from "./company-price-list/workflows/create-company-price-list"
export * from "./price-import/workflows/apply-price-import"
