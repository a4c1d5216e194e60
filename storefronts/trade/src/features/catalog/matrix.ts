/**
 * The rows of the product page's variant matrix: per variant the buyer's net price (from the
 * trade-pricing explanation at the entered quantity or the least the buyer can order, else Medusa's
 * calculated price), the RRP,
 * which list or tier the price comes from, the next quantity break, the quantity rule, and what
 * the buyer entered with its error.
 */
import {
  displayPrice,
  formatMoney,
  localeForCurrency,
  stockState,
  type CalculatedPriceLike,
  type StockLike,
} from "@hybrid/storefront-kit";
import { sourceLabel, type PriceExplanation } from "../pricing/explanations";
import {
  describeQuantityRule,
  firstAllowedFrom,
  quantityInputAttributes,
  type QuantityRule,
} from "../pricing/quantity-rule";
import { nextTierAfter, parseQuantity } from "../pricing/tiers";

export interface MatrixVariant extends StockLike {
  id: string;
  title?: string | null;
  sku?: string | null;
  calculated_price?: CalculatedPriceLike | null;
}

export interface MatrixRow {
  id: string;
  title: string;
  sku: string | null;
  stock: StockLike;
  /** Has a price and is not out of stock. */
  orderable: boolean;
  currencyCode: string | null;
  /** Net unit price at the entered quantity, else at the least quantity the buyer can order. */
  unitPrice: number | null;
  /** The least quantity the buyer can order when the price is for it (nothing entered, rule minimum above 1). */
  pricedAtMinimum: number | null;
  /** Consumer price incl. tax. */
  rrpGross: number | null;
  saving: { amount: number; percent: number } | null;
  /** "Trade prices, 10+", "Base price". */
  source: string | null;
  /** "Order 10 for €26.20 each", or null at the best tier / without tiers. */
  tierHint: string | null;
  rule: QuantityRule | null;
  /** "Cases of 6 · min 12 · max 120". */
  ruleText: string | null;
  input: { min: number; step: number; max: number };
  /** What the buyer entered ("" = nothing). */
  quantity: string;
  error: string | null;
  explanation: PriceExplanation | null;
}

/** What the buyer entered for a row as a quantity, or null when nothing valid was entered. */
export function enteredQuantity(entered: string | undefined): number | null {
  return parseQuantity(entered ?? "");
}

export function buildMatrixRows(
  variants: readonly MatrixVariant[],
  explanations: Readonly<Record<string, PriceExplanation>>,
  entered: Readonly<Record<string, string>>,
  errors: Readonly<Record<string, string>>,
): MatrixRow[] {
  return variants.map((variant) => {
    const explanation = explanations[variant.id] ?? null;
    const calculated = displayPrice(variant.calculated_price, "net");
    const currencyCode = explanation?.currency_code ?? calculated?.currencyCode ?? null;
    const fmt = (amount: number) =>
      currencyCode ? formatMoney(amount, currencyCode, localeForCurrency(currencyCode)) : String(amount);
    const unitPrice = explanation?.unit_price ?? calculated?.amount ?? null;
    const quantity = entered[variant.id] ?? "";
    const pricedAt = explanation?.quantity ?? enteredQuantity(quantity) ?? 1;
    const next = explanation ? nextTierAfter(explanation.tiers, pricedAt) : undefined;
    const rule = explanation?.quantity_rule ?? null;
    const target = next ? firstAllowedFrom(rule, next.min_quantity) : null;
    return {
      id: variant.id,
      title: variant.title ?? variant.sku ?? variant.id,
      sku: variant.sku ?? explanation?.sku ?? null,
      stock: variant,
      orderable: unitPrice !== null && stockState(variant) !== "out_of_stock",
      currencyCode,
      unitPrice,
      pricedAtMinimum: unitPrice !== null && enteredQuantity(quantity) === null && pricedAt > 1 ? pricedAt : null,
      rrpGross: explanation?.rrp?.gross ?? calculated?.reference?.amount ?? null,
      saving: explanation ? explanation.saving : (calculated?.savings ?? null),
      source: explanation?.unit_price != null ? sourceLabel(explanation.source) : null,
      tierHint: next && target !== null ? `Order ${target} for ${fmt(next.unit_price)} each` : null,
      rule,
      ruleText: describeQuantityRule(rule),
      input: quantityInputAttributes(rule),
      quantity,
      error: errors[variant.id] ?? null,
      explanation,
    };
  });
}
