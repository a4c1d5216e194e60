/** Products the home page features, in this order (missing ones are skipped). */
export const FEATURED_HANDLES = [
  "ethiopia-yirgacheffe",
  "colombia-huila",
  "house-espresso-blend",
  "kenya-nyeri-aa",
  "hario-v60-dripper",
  "chemex-6-cup",
  "discovery-gift-box",
  "digital-brew-scale",
];

/** `products` in the order of `handles`. */
export function inHandleOrder<T extends { handle?: string | null }>(
  products: readonly T[],
  handles: readonly string[],
): T[] {
  const byHandle = new Map(products.map((p) => [p.handle, p]));
  return handles.flatMap((h) => (byHandle.has(h) ? [byHandle.get(h)!] : []));
}
