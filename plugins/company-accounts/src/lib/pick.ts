/** The listed keys of a record (for compensations that restore exactly what a step changed). */
export function pick<T extends object>(record: T, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((k) => k in record).map((k) => [k, (record as Record<string, unknown>)[k]]))
}
