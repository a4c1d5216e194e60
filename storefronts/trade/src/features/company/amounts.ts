/**
 * Medusa serialises bigNumber columns as numbers, but a raw `{ value: "12.5" }` or a numeric
 * string can come through some query paths: read all of them, as major units.
 */
export function toAmount(value: unknown): number | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string") {
    const n = Number(value);
    return Number.isFinite(n) ? n : null;
  }
  if (typeof value === "object" && "value" in (value as Record<string, unknown>)) {
    return toAmount((value as { value: unknown }).value);
  }
  return null;
}

/** `toAmount`, with 0 for "nothing". */
export function amountOrZero(value: unknown): number {
  return toAmount(value) ?? 0;
}
