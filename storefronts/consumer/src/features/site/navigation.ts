/** Which categories the consumer site shows: those with at least one consumer product. */

export interface NavCategory {
  handle: string;
  name: string;
  description: string | null;
}

interface CategoryLike {
  id: string;
  handle?: string | null;
  name?: string | null;
  description?: string | null;
  rank?: number | null;
  parent_category_id?: string | null;
}

/** The categories the navigation could show (top level, with a handle): those worth asking about. */
export function navigationCandidates<T extends CategoryLike>(categories: readonly T[]): T[] {
  return categories.filter((c) => c.handle && !c.parent_category_id);
}

/**
 * Top-level categories that hold at least one product of this sales channel, in rank order.
 * (Categories are shared by both channels; e.g. "wholesale" only has trade products.)
 */
export function visibleCategories(
  categories: readonly CategoryLike[],
  productCategoryIds: ReadonlySet<string>,
): NavCategory[] {
  return navigationCandidates(categories)
    .filter((c) => productCategoryIds.has(c.id))
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0) || (a.name ?? "").localeCompare(b.name ?? ""))
    .map((c) => ({ handle: c.handle!, name: c.name ?? c.handle!, description: c.description ?? null }));
}
