/**
 * The headline price of a variant is one the buyer can order at. A variant with a minimum
 * quantity is headlined at that minimum ("€8.10 each, from 12"), priced by the backend at the
 * minimum (the tier that applies there, exactly what the cart will charge), never at 1 and never
 * by a guess on this side.
 */
import { fetchPriceExplanations, type PriceExplanation } from "./explanations";

type Explained = Pick<PriceExplanation, "quantity" | "quantity_rule">;

/**
 * Variants to price again at their minimum, with that minimum: those the buyer typed nothing for
 * whose explanation was priced below their rule's minimum. A typed quantity is priced as typed,
 * even below the minimum (its row then shows the rule's error).
 */
export function quantitiesAtMinimum(
  explanations: Readonly<Record<string, Explained>>,
  entered: Readonly<Record<string, string>>,
): Map<string, number> {
  const result = new Map<string, number>();
  for (const [variantId, explanation] of Object.entries(explanations)) {
    if ((entered[variantId] ?? "").trim() !== "") continue;
    const minimum = explanation.quantity_rule?.min_quantity ?? 1;
    if (minimum > explanation.quantity) result.set(variantId, minimum);
  }
  return result;
}

/**
 * The "from <n>" of a headline: the quantity the row's price is for when the buyer typed nothing
 * and that is more than 1; null otherwise (the price is for what was typed, or for one).
 */
export function headlineFromQuantity(explanation: Explained | null, entered: string): number | null {
  if (!explanation || entered.trim() !== "") return null;
  return explanation.quantity > 1 ? explanation.quantity : null;
}

/**
 * Explanations for the product page's rows: each at what the buyer typed (else 1), then the rows
 * the buyer typed nothing for whose rule has a minimum above that, again at their minimum. The
 * second request is made only for products with such a minimum; the rule comes with the first.
 */
export async function fetchRowExplanations(
  client: Parameters<typeof fetchPriceExplanations>[0],
  params: Omit<Parameters<typeof fetchPriceExplanations>[1], "quantities">,
  quantities: ReadonlyMap<string, number>,
  entered: Readonly<Record<string, string>>,
): Promise<Record<string, PriceExplanation>> {
  const first = await fetchPriceExplanations(client, { ...params, quantities });
  const atMinimum = quantitiesAtMinimum(first, entered);
  if (atMinimum.size === 0) return first;
  return { ...first, ...(await fetchPriceExplanations(client, { ...params, quantities: atMinimum })) };
}
