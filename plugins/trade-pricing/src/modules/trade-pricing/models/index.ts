export { QuantityRule } from "./quantity-rule"
export { PriceImport } from "./price-import"
