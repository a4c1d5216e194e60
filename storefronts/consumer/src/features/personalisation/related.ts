/**
 * "More like this" on a product page: other products of the same category or collection, the
 * current product excluded. Candidates come from the consumer channel (so trade-only products
 * never appear); products sharing the collection rank before those sharing only the category.
 */

export interface RelatedCandidate {
  id: string;
  handle?: string | null;
  collection_id?: string | null;
  categories?: Array<{ id: string }> | null;
}

export function relatedProducts<T extends RelatedCandidate>(
  product: RelatedCandidate,
  candidates: readonly T[],
  options: { limit: number; exclude?: readonly string[] },
): T[] {
  const categoryIds = new Set((product.categories ?? []).map((c) => c.id));
  const excluded = new Set([product.handle, ...(options.exclude ?? [])]);
  const scored = candidates
    .filter((c) => c.id !== product.id && !excluded.has(c.handle))
    .map((c, index) => {
      const sameCollection = Boolean(product.collection_id) && c.collection_id === product.collection_id;
      const sameCategory = (c.categories ?? []).some((cat) => categoryIds.has(cat.id));
      return { c, index, score: (sameCollection ? 2 : 0) + (sameCategory ? 1 : 0) };
    })
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index);
  return scored.slice(0, options.limit).map((entry) => entry.c);
}
